-- Re-analysing an article is long work too (ARCHITECTURE.md, "Long work"): each run is recorded as a job before the
-- analysis starts, and a job left QUEUED or RUNNING by a stopped application is run again when it starts (a
-- re-analysis may run twice: it replaces the pipeline's units and keeps every correction, so the outcome is the same).

create sequence reanalysis_jobs_seq increment by 50;
create table reanalysis_jobs (
    id           bigint primary key,
    article_id   bigint not null,
    created_at   timestamp(6) with time zone not null,
    status       varchar(20) not null,
    message      text,  -- what the run did (units found, kept, added, removed) or why it failed
    finished_at  timestamp(6) with time zone,
    version      bigint not null,
    constraint fk_reanalysis_jobs_article foreign key (article_id) references articles (id) on delete cascade,
    constraint ck_reanalysis_jobs_status check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint ck_reanalysis_jobs_finished check ((status in ('DONE', 'FAILED')) = (finished_at is not null))
);
create index ix_reanalysis_jobs_article on reanalysis_jobs (article_id);
create index ix_reanalysis_jobs_unfinished on reanalysis_jobs (id) where status in ('QUEUED', 'RUNNING');
