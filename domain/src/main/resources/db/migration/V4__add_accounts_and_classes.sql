-- Accounts, classes, teams and assignments. Briefs and sources get an owner (null: the shared sample library, and
-- a sample brief no account has been given yet); a brief started from an assignment remembers it (and its team),
-- its status and when it was submitted. Teachers comment on a brief's cards.

create sequence accounts_seq increment by 50;
create table accounts (
    id             bigint primary key,
    username       varchar(40)  not null,  -- lower case: sign-in ignores case
    display_name   varchar(100) not null,
    password_hash  varchar(255) not null,  -- DelegatingPasswordEncoder form: {bcrypt}$2a$...
    role           varchar(20)  not null,
    created_at     timestamp(6) with time zone not null,
    version        bigint       not null,
    constraint uq_accounts_username unique (username),
    constraint ck_accounts_role check (role in ('TEACHER', 'STUDENT'))
);

create sequence classrooms_seq increment by 50;
create table classrooms (
    id          bigint primary key,
    name        varchar(100) not null,
    teacher_id  bigint       not null,
    join_code   varchar(20)  not null,
    created_at  timestamp(6) with time zone not null,
    version     bigint       not null,
    constraint fk_classrooms_teacher foreign key (teacher_id) references accounts (id) on delete cascade,
    constraint uq_classrooms_join_code unique (join_code),
    constraint ck_classrooms_name check (length(btrim(name)) > 0)
);
create index ix_classrooms_teacher on classrooms (teacher_id);

create sequence teams_seq increment by 50;
create table teams (
    id            bigint primary key,
    classroom_id  bigint       not null,
    name          varchar(100) not null,
    version       bigint       not null,
    constraint fk_teams_classroom foreign key (classroom_id) references classrooms (id) on delete cascade,
    constraint uq_teams_name unique (classroom_id, name)  -- also the index on classroom_id
);

create sequence class_members_seq increment by 50;
create table class_members (
    id            bigint primary key,
    classroom_id  bigint not null,
    account_id    bigint not null,
    team_id       bigint,
    joined_at     timestamp(6) with time zone not null,
    version       bigint not null,
    constraint fk_class_members_classroom foreign key (classroom_id) references classrooms (id) on delete cascade,
    constraint fk_class_members_account foreign key (account_id) references accounts (id) on delete cascade,
    constraint fk_class_members_team foreign key (team_id) references teams (id) on delete set null,
    constraint uq_class_members unique (classroom_id, account_id)  -- also the index on classroom_id
);
create index ix_class_members_account on class_members (account_id);
create index ix_class_members_team on class_members (team_id);

create sequence assignments_seq increment by 50;
create table assignments (
    id            bigint primary key,
    classroom_id  bigint      not null,
    motion_id     bigint      not null,
    side          varchar(20) not null,
    student_id    bigint,
    team_id       bigint,
    due_on        date        not null,
    instructions  text        not null,
    round         integer     not null,
    created_at    timestamp(6) with time zone not null,
    version       bigint      not null,
    constraint fk_assignments_classroom foreign key (classroom_id) references classrooms (id) on delete cascade,
    constraint fk_assignments_motion foreign key (motion_id) references motions (id) on delete cascade,
    constraint fk_assignments_student foreign key (student_id) references accounts (id) on delete cascade,
    constraint fk_assignments_team foreign key (team_id) references teams (id) on delete cascade,
    constraint ck_assignments_side check (side in ('PRO', 'CON', 'BOTH')),
    constraint ck_assignments_assignee check ((student_id is null) <> (team_id is null)),
    constraint ck_assignments_round check (round >= 1)
);
create index ix_assignments_classroom on assignments (classroom_id);
create index ix_assignments_motion on assignments (motion_id);
create index ix_assignments_student on assignments (student_id);
create index ix_assignments_team on assignments (team_id);

alter table briefs add column owner_id bigint;
alter table briefs add constraint fk_briefs_owner foreign key (owner_id) references accounts (id) on delete cascade;
create index ix_briefs_owner on briefs (owner_id);
alter table briefs add column assignment_id bigint;
alter table briefs add constraint fk_briefs_assignment foreign key (assignment_id) references assignments (id)
    on delete set null;
alter table briefs add constraint uq_briefs_assignment unique (assignment_id);  -- one brief per assignment
alter table briefs add column status varchar(20) not null default 'IN_PROGRESS';
alter table briefs alter column status drop default;
alter table briefs add constraint ck_briefs_status check (status in ('IN_PROGRESS', 'SUBMITTED', 'RETURNED'));
alter table briefs add column submitted_at timestamp(6) with time zone;

create sequence brief_comments_seq increment by 50;
create table brief_comments (
    id          bigint primary key,
    brief_id    bigint not null,
    entry_id    bigint,          -- the card commented on; null for the brief as a whole
    author_id   bigint not null,
    text        text   not null,
    created_at  timestamp(6) with time zone not null,
    version     bigint not null,
    constraint fk_brief_comments_brief foreign key (brief_id) references briefs (id) on delete cascade,
    constraint fk_brief_comments_entry foreign key (entry_id) references brief_entries (id) on delete cascade,
    constraint fk_brief_comments_author foreign key (author_id) references accounts (id) on delete cascade,
    constraint ck_brief_comments_text check (length(btrim(text)) > 0)
);
create index ix_brief_comments_brief on brief_comments (brief_id);
create index ix_brief_comments_entry on brief_comments (entry_id);
create index ix_brief_comments_author on brief_comments (author_id);

alter table sources add column owner_id bigint;  -- who imported it; null: the shared sample library
alter table sources add constraint fk_sources_owner foreign key (owner_id) references accounts (id)
    on delete cascade;
create index ix_sources_owner on sources (owner_id);
