-- issue 16: government programmes as versioned policy definitions, their applications, reviews, payments and budgets.

-- Read views the owners publish for the programme facts (listed in ARCHITECTURE.md under their owners): the credit-list
-- entries (party) and the repayments with their interest (servicing).
create view enterprise_credit_fact_view as
    select id, enterprise_id, kind, listed_on, removed_on, source
    from enterprise_credit_fact;
create view loan_repayment_view as
    select loan_id, value_date, kind, penalty, overdue_interest, overdue_principal, current_interest, accrued_interest
    from loan_repayment;

-- each load or edit of a definition file is a new version; versions are never changed
create table programme_definition (
    programme_key varchar(80)  not null check (programme_key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    version       int          not null check (version >= 1),
    name_zh       text         not null,
    name_en       text         not null,
    definition    text         not null,
    loaded_by     varchar(64)  not null,
    loaded_at     timestamptz  not null,
    primary key (programme_key, version)
);

-- an expert's declared link to an organisation (employment, shareholding, kinship, advisory work): never assigned to
-- an application of that enterprise or of an enterprise that organisation lends to
create table programme_expert_link (
    expert_user_id bigint      not null,
    org_id         bigint      not null,
    reason         text        not null,
    declared_at    timestamptz not null,
    primary key (expert_user_id, org_id)
);

create table programme_application (
    id               bigserial     primary key,
    programme_key    varchar(80)   not null,
    version          int           not null,
    enterprise_id    bigint        not null,
    year             int           not null check (year between 2000 and 2100),
    state            varchar(12)   not null default 'DRAFT'
        check (state in ('DRAFT','SUBMITTED','IN_REVIEW','APPROVED','REJECTED','PAID','CLAWED_BACK')),
    explanation      text,          -- the pre-check as it stood at submission, in words
    committed_by     varchar(64),   -- the signed authenticity commitment (Licheng 第八条(五))
    committed_at     timestamptz,
    submitted_at     timestamptz,
    assessed_rate    numeric(9,6)  check (assessed_rate between 0 and 1),
    amount           numeric(19,2) check (amount >= 0),
    calculation      text,
    decided_by       varchar(64),
    decided_at       timestamptz,
    decision_reason  text,
    paid_reference   varchar(64),
    paid_at          timestamptz,
    clawback_reason  text,
    clawback_fraud   boolean       not null default false,
    clawed_back_at   timestamptz,
    created_at       timestamptz   not null,
    row_version      int           not null default 0,
    foreign key (programme_key, version) references programme_definition (programme_key, version),
    check (state <> 'CLAWED_BACK' or clawback_reason is not null)
);
-- one live application per enterprise, programme and year
create unique index programme_application_live on programme_application (programme_key, enterprise_id, year)
    where state not in ('REJECTED', 'CLAWED_BACK');
create index programme_application_budget on programme_application (programme_key, year, state);

create table programme_material (
    application_id bigint       not null references programme_application (id),
    material_id    varchar(40)  not null,
    filename       text         not null,
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         char(64)     not null,
    content        bytea        not null,
    uploaded_by    varchar(64)  not null,
    uploaded_at    timestamptz  not null,
    primary key (application_id, material_id)
);

create table programme_review (
    application_id bigint       not null references programme_application (id),
    expert_user_id bigint       not null,
    expert_name    varchar(64)  not null,
    assigned_by    varchar(64)  not null,
    assigned_at    timestamptz  not null,
    recommend      boolean,
    assessed_rate  numeric(9,6) check (assessed_rate between 0 and 1),
    opinion        text,
    signed_at      timestamptz,
    primary key (application_id, expert_user_id),
    check ((signed_at is null) = (opinion is null))
);

-- what the programme's budget pays besides benefits (Licheng 第十条: experts, third parties, evaluations)
create table programme_fee (
    id            bigserial     primary key,
    programme_key varchar(80)   not null,
    year          int           not null,
    kind          varchar(12)   not null check (kind in ('EXPERT','THIRD_PARTY','EVALUATION')),
    payee         text          not null,
    amount        numeric(19,2) not null check (amount > 0),
    recorded_by   varchar(64)   not null,
    recorded_at   timestamptz   not null
);
