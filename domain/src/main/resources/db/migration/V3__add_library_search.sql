-- Library search: full-text indexes over titles and unit texts (the queries use the very same expressions, so the
-- planner can use them), and indexes for the list's filters and orders. Search by meaning needs no index: it reads
-- units.embedding in Java (no pgvector).

create index ix_units_text_search on units using gin (to_tsvector('english', text));
create index ix_sources_title_search on sources using gin (to_tsvector('english', coalesce(title, '')));
create index ix_sources_publication on sources (publication);
create index ix_sources_published on sources (published);
create index ix_sources_imported_at on sources (imported_at);
