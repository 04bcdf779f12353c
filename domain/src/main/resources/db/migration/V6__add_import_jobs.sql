-- Imports run as background jobs that survive a restart (ARCHITECTURE.md, "Long work"). Receiving an import stores
-- the job and every item's raw input in one transaction before any work starts; the worker then settles the items
-- one by one, each item's outcome committed with the article it produced. Jobs left QUEUED or RUNNING are resumed
-- when the application starts; an item left RUNNING is simply run again (importing is idempotent by content hash).

create sequence import_jobs_seq increment by 50;
create table import_jobs (
    id               bigint  primary key,
    owner_id         bigint,            -- who imported (owns the articles); null: the application itself
    owner_role       varchar(20) not null,  -- the owner's role then, to run a resumed job as them
    created_at       timestamp(6) with time zone not null,
    status           varchar(20) not null,
    item_count       integer not null,  -- totals, kept with each settled item (a zip adds the files inside it)
    imported_count   integer not null,
    duplicate_count  integer not null,
    failed_count     integer not null,
    finished_at      timestamp(6) with time zone,
    cleared          boolean not null,  -- "Clear the list": no longer shown among the recent imports
    version          bigint  not null,
    constraint fk_import_jobs_owner foreign key (owner_id) references accounts (id) on delete cascade,
    constraint ck_import_jobs_role check (owner_role in ('TEACHER', 'STUDENT')),
    constraint ck_import_jobs_status check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint ck_import_jobs_finished check ((status in ('DONE', 'FAILED')) = (finished_at is not null))
);
create index ix_import_jobs_owner on import_jobs (owner_id);
create index ix_import_jobs_unfinished on import_jobs (id) where status in ('QUEUED', 'RUNNING');

create sequence import_items_seq increment by 50;
create table import_items (
    id          bigint  primary key,
    job_id      bigint  not null,
    position    integer not null,  -- the order of the progress list; a zip's files follow the job's items
    name        text    not null,  -- what the progress list calls it: file name, zip path, "pasted: title", URL
    kind        varchar(10) not null,
    title       text,              -- PASTE: the title given (empty for none)
    content     bytea,             -- FILE: the bytes as received; PASTE: the text as received, UTF-8
    url         text,              -- URL: the address as received
    status      varchar(20) not null,
    message     text,              -- what happened, in words a person can read (set once settled)
    article_id  bigint,            -- IMPORTED: the new article; DUPLICATE: the one already holding the bytes
    version     bigint  not null,
    constraint fk_import_items_job foreign key (job_id) references import_jobs (id) on delete cascade,
    constraint uq_import_items_job_position unique (job_id, position),  -- also the index on job_id
    constraint fk_import_items_article foreign key (article_id) references articles (id) on delete set null,
    constraint ck_import_items_kind check (kind in ('FILE', 'PASTE', 'URL')),
    constraint ck_import_items_status
        check (status in ('PENDING', 'RUNNING', 'IMPORTED', 'DUPLICATE', 'UNPACKED', 'FAILED')),
    constraint ck_import_items_payload check (kind <> 'URL' or url is not null)
);
create index ix_import_items_article on import_items (article_id);
