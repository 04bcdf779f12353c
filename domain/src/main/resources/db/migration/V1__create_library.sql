-- The first schema: imported sources, their analysed articles and argument units, motions and the stance of
-- each unit towards each motion, counter links, key points, and briefs. Never edit this file once applied:
-- add V2__... instead.

create sequence sources_seq increment by 50;
create table sources (
    id            bigint primary key,
    location      text         not null,
    media_type    varchar(255) not null,
    content       bytea        not null,  -- the raw bytes as imported (text sources too)
    content_hash  varchar(64)  not null,  -- SHA-256 of content, hex: the import's idempotency key
    title         text,                   -- metadata: null when the source does not say it, never invented
    author        text,
    publication   text,
    published     date,
    imported_at   timestamp(6) with time zone not null,
    version       bigint       not null,
    constraint uq_sources_content_hash unique (content_hash),
    constraint ck_sources_content_hash check (content_hash ~ '^[0-9a-f]{64}$')
);

create sequence articles_seq increment by 50;
create table articles (
    id                bigint primary key,
    source_id         bigint       not null,
    body              text         not null,  -- the clean text every unit offset points into
    pipeline_version  varchar(50)  not null,  -- provenance: which pipeline, model and settings produced the units
    model_id          varchar(255) not null,
    settings_hash     varchar(64)  not null,
    analysed_at       timestamp(6) with time zone not null,
    version           bigint       not null,
    constraint fk_articles_source foreign key (source_id) references sources (id) on delete cascade,
    constraint uq_articles_source unique (source_id)  -- also the index on the foreign key
);

create sequence units_seq increment by 50;
create table units (
    id                   bigint primary key,
    article_id           bigint           not null,
    position             integer          not null,  -- the unit's index in the pipeline's output
    span_start           integer          not null,  -- half-open [span_start, span_end) into articles.body
    span_end             integer          not null,
    segment_indices      integer[]        not null,  -- the sentences the unit covers
    role                 varchar(20)      not null,
    text                 text             not null,
    speaker_name         text,
    speaker_description  text,
    confidence           double precision not null,
    embedding            real[]           not null,
    supports_id          bigint,
    human_edited         boolean          not null,
    version              bigint           not null,
    constraint fk_units_article foreign key (article_id) references articles (id) on delete cascade,
    constraint fk_units_supports foreign key (supports_id) references units (id) on delete set null,
    constraint uq_units_article_position unique (article_id, position),  -- also the index on article_id
    constraint ck_units_span check (span_start >= 0 and span_end > span_start),
    constraint ck_units_role check (role in ('CLAIM', 'EVIDENCE')),
    constraint ck_units_confidence check (confidence between 0 and 1),
    constraint ck_units_speaker check (speaker_description is null or speaker_name is not null),
    constraint ck_units_supports check (supports_id is null or supports_id <> id)
);
create index ix_units_supports on units (supports_id);

create sequence motions_seq increment by 50;
create table motions (
    id          bigint primary key,
    text        text    not null,
    archived    boolean not null,
    created_at  timestamp(6) with time zone not null,
    version     bigint  not null,
    constraint ck_motions_text check (length(btrim(text)) > 0)
);

create sequence unit_stances_seq increment by 50;
create table unit_stances (
    id                   bigint primary key,
    unit_id              bigint           not null,
    motion_id            bigint           not null,
    stance               varchar(20)      not null,
    confidence           double precision not null,
    corrected_by_person  boolean          not null,  -- a person's correction is never overwritten by a re-run
    version              bigint           not null,
    constraint fk_unit_stances_unit foreign key (unit_id) references units (id) on delete cascade,
    constraint fk_unit_stances_motion foreign key (motion_id) references motions (id) on delete cascade,
    constraint uq_unit_stances_unit_motion unique (unit_id, motion_id),  -- also the index on unit_id
    constraint ck_unit_stances_stance check (stance in ('PRO', 'CON', 'NEUTRAL')),
    constraint ck_unit_stances_confidence check (confidence between 0 and 1)
);
create index ix_unit_stances_motion on unit_stances (motion_id);

create sequence counter_links_seq increment by 50;
create table counter_links (
    id               bigint primary key,
    unit_id          bigint           not null,  -- the unit being rebutted
    counter_unit_id  bigint           not null,  -- the unit that rebuts it
    basis            varchar(20)      not null,
    score            double precision not null,
    version          bigint           not null,
    constraint fk_counter_links_unit foreign key (unit_id) references units (id) on delete cascade,
    constraint fk_counter_links_counter_unit foreign key (counter_unit_id) references units (id) on delete cascade,
    constraint uq_counter_links_pair unique (unit_id, counter_unit_id),  -- also the index on unit_id
    constraint ck_counter_links_not_self check (unit_id <> counter_unit_id),
    constraint ck_counter_links_basis check (basis in ('EXPLICIT', 'SEMANTIC')),
    constraint ck_counter_links_score check (score between 0 and 1)
);
create index ix_counter_links_counter_unit on counter_links (counter_unit_id);

create sequence key_points_seq increment by 50;
create table key_points (
    id         bigint primary key,
    motion_id  bigint,
    label      text   not null,
    version    bigint not null,
    constraint fk_key_points_motion foreign key (motion_id) references motions (id) on delete cascade
);
create index ix_key_points_motion on key_points (motion_id);

create table key_point_units (
    key_point_id  bigint not null,
    unit_id       bigint not null,
    constraint pk_key_point_units primary key (key_point_id, unit_id),  -- also the index on key_point_id
    constraint fk_key_point_units_key_point foreign key (key_point_id) references key_points (id) on delete cascade,
    constraint fk_key_point_units_unit foreign key (unit_id) references units (id) on delete cascade
);
create index ix_key_point_units_unit on key_point_units (unit_id);

create sequence briefs_seq increment by 50;
create table briefs (
    id          bigint primary key,
    motion_id   bigint,
    title       text   not null,
    created_at  timestamp(6) with time zone not null,
    version     bigint not null,
    constraint fk_briefs_motion foreign key (motion_id) references motions (id) on delete set null,
    constraint ck_briefs_title check (length(btrim(title)) > 0)
);
create index ix_briefs_motion on briefs (motion_id);

create sequence brief_entries_seq increment by 50;
create table brief_entries (
    id          bigint primary key,
    brief_id    bigint      not null,
    position    integer     not null,
    side        varchar(20) not null,
    unit_id     bigint,               -- the unit the entry was cut from; null once written by hand
    tag         text,
    cite        text,
    text        text        not null,
    highlights  integer[]   not null,  -- highlighted ranges into text as flat [start, end) pairs
    version     bigint      not null,
    constraint fk_brief_entries_brief foreign key (brief_id) references briefs (id) on delete cascade,
    constraint fk_brief_entries_unit foreign key (unit_id) references units (id) on delete set null,
    constraint uq_brief_entries_position unique (brief_id, position),  -- also the index on brief_id
    constraint ck_brief_entries_side check (side in ('PRO', 'CON')),
    constraint ck_brief_entries_position check (position >= 0),
    constraint ck_brief_entries_highlights check (coalesce(array_length(highlights, 1), 0) % 2 = 0)
);
create index ix_brief_entries_unit on brief_entries (unit_id);
