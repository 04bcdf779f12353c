-- The brief builder: a brief has a side (one column or both) and an update time; an entry has a kind (card,
-- block heading, note) and its cite in fields; positions count within a column and may be swapped inside one
-- transaction (deferred check), so reordering never trips over itself. Counter links found across the library
-- remember the motion they were found for (null: found inside one article, whatever the motion), and each motion's
-- board remembers the state of the library it was computed from.

alter table briefs add column side varchar(20) not null default 'BOTH';
alter table briefs alter column side drop default;
alter table briefs add constraint ck_briefs_side check (side in ('PRO', 'CON', 'BOTH'));
alter table briefs add column updated_at timestamp(6) with time zone;
update briefs set updated_at = created_at;
alter table briefs alter column updated_at set not null;

alter table brief_entries drop constraint uq_brief_entries_position;
alter table brief_entries add constraint uq_brief_entries_position unique (brief_id, side, position)
    deferrable initially deferred;  -- also the index on brief_id
alter table brief_entries add column kind varchar(20) not null default 'CARD';
alter table brief_entries alter column kind drop default;
alter table brief_entries add constraint ck_brief_entries_kind check (kind in ('CARD', 'BLOCK_HEADING', 'NOTE'));
alter table brief_entries drop column cite;
alter table brief_entries add column cite_author text;
alter table brief_entries add column cite_qualification text;
alter table brief_entries add column cite_outlet text;
alter table brief_entries add column cite_date text;
alter table brief_entries add column cite_url text;

alter table counter_links add column motion_id bigint;
alter table counter_links add constraint fk_counter_links_motion foreign key (motion_id) references motions (id)
    on delete cascade;
create index ix_counter_links_motion on counter_links (motion_id);

create table motion_boards (
    motion_id      bigint       primary key,
    library_state  varchar(200) not null,  -- what the stances looked like when counters and key points were computed
    refreshed_at   timestamp(6) with time zone not null,
    version        bigint       not null,
    constraint fk_motion_boards_motion foreign key (motion_id) references motions (id) on delete cascade
);
