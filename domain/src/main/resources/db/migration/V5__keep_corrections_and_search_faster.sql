-- Two changes in one step: corrections that survive a re-analysis, and a faster library search.

-- Corrections that survive a re-analysis of an article: units a person made (human_made), and the spans of the
-- units a person deleted (unit_deletions), so the pipeline's next run neither loses the one nor brings back the
-- other. Positions are renumbered in text order whenever units are added, moved or deleted, so the uniqueness of
-- (article_id, position) is checked at commit rather than row by row.

alter table units add column human_made boolean not null default false;
alter table units alter column human_made drop default;

alter table units drop constraint uq_units_article_position;
alter table units add constraint uq_units_article_position unique (article_id, position)
    deferrable initially deferred;  -- also the index on article_id

create table unit_deletions (
    article_id  bigint  not null,
    span_start  integer not null,  -- half-open [span_start, span_end) into articles.body
    span_end    integer not null,
    constraint pk_unit_deletions primary key (article_id, span_start, span_end),  -- also the index on article_id
    constraint fk_unit_deletions_article foreign key (article_id) references articles (id) on delete cascade,
    constraint ck_unit_deletions_span check (span_start >= 0 and span_end > span_start)
);

-- Units deleted before this migration left gaps in their article's positions: number them in text order again.
update units u set position = r.rn - 1
from (select id, row_number() over (partition by article_id order by span_start, span_end, id) as rn from units) r
where u.id = r.id and u.position <> r.rn - 1;

-- Library search at 10,000 articles (README, benchmark): ranking words recomputed to_tsvector of every matching
-- unit (1.9 s for a common word). The vectors are stored now, GIN-indexed, and the search reads them instead.
alter table units add column text_search tsvector generated always as (to_tsvector('english', text)) stored;
create index ix_units_text_search_stored on units using gin (text_search);
drop index ix_units_text_search;
alter table sources add column title_search tsvector
    generated always as (to_tsvector('english', coalesce(title, ''))) stored;
create index ix_sources_title_search_stored on sources using gin (title_search);
drop index ix_sources_title_search;
