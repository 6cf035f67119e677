-- IPFin foundation schema. English snake_case names; Chinese labels live in the message bundles.
create extension if not exists pg_trgm;

-- party: organisations and their users ------------------------------------------------------------------
create table organisation (
    id           bigserial primary key,
    code         varchar(40)  not null unique,          -- stable handle, e.g. "bank-1" or the credit code
    credit_code  char(18) unique,                        -- 统一社会信用代码 (GB 32100), check character verified
    type         varchar(30)  not null,
    name         text         not null,
    name_en      text,
    parent_id    bigint references organisation (id),    -- a bank branch's head office
    district     varchar(50)  not null,
    status       varchar(20)  not null default 'ACTIVE',
    version      int          not null default 0,
    created_at   timestamptz  not null default now(),
    constraint organisation_type_chk check (type in ('IP_OFFICE','BANK','ENTERPRISE','VALUATION_FIRM','GUARANTOR',
                                                     'INSURER','SECURITIZATION_OPERATOR','EXPERT_POOL'))
);
create index organisation_parent_idx on organisation (parent_id);

create table app_user (
    id               bigserial primary key,
    username         varchar(64) not null unique,
    password_hash    text        not null,              -- bcrypt
    display_name     text        not null,
    organisation_id  bigint      not null references organisation (id),
    roles            text[]      not null,
    enabled          boolean     not null default true,
    failed_logins    int         not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now()
);
create index app_user_org_idx on app_user (organisation_id);

-- party: enterprises (用资企业); an enterprise is an organisation of type ENTERPRISE -------------------------
create table enterprise (
    organisation_id      bigint primary key references organisation (id),
    credit_code          char(18)      not null unique,
    name                 text          not null,
    legal_representative text          not null,
    registered_on        date          not null,
    registered_capital   numeric(19,2) not null,
    district             varchar(50)   not null,
    park                 varchar(50),
    industry_code        varchar(10)   not null,          -- GB/T 4754-2017
    industry_name        text          not null,
    size                 varchar(10)   not null check (size in ('MICRO','SMALL','MEDIUM')),
    specialised_sme      boolean       not null default false,  -- 专精特新
    little_giant         boolean       not null default false,  -- 专精特新"小巨人"
    high_tech            boolean       not null default false,  -- 高新技术企业
    pre_ipo              boolean       not null default false,
    version              int           not null default 0
);
create index enterprise_name_trgm on enterprise using gin (name gin_trgm_ops);
create index enterprise_park_idx on enterprise (park);

-- a dated credit fact, so that a rule can ask "was it listed on date D?"
create table enterprise_credit_fact (
    id             bigserial primary key,
    enterprise_id  bigint      not null references enterprise (organisation_id),
    kind           varchar(30) not null check (kind in ('ABNORMAL_OPERATION','DISHONEST','OTHER_BAD_RECORD')),
    listed_on      date        not null,
    removed_on     date,
    source         text        not null,
    reason         text,
    check (removed_on is null or removed_on >= listed_on)
);
create index enterprise_credit_fact_ent_idx on enterprise_credit_fact (enterprise_id);

create table enterprise_financials (
    enterprise_id bigint        not null references enterprise (organisation_id),
    year          int           not null,
    revenue       numeric(19,2) not null,
    profit        numeric(19,2) not null,
    rd_spend      numeric(19,2) not null,
    employees     int           not null,
    primary key (enterprise_id, year)
);

-- an enterprise's authorisation for an institution to see its data (客户授权, seed 004 (十三)); applying to a
-- bank grants one. Revoked authorisations stay, with the date.
create table data_authorisation (
    enterprise_id  bigint      not null references enterprise (organisation_id),
    org_id         bigint      not null references organisation (id),
    granted_at     timestamptz not null,
    revoked_at     timestamptz,
    purpose        text        not null,
    primary key (enterprise_id, org_id)
);
create index data_authorisation_org_idx on data_authorisation (org_id) where revoked_at is null;

-- asset: IP rights and their owners ---------------------------------------------------------------------
create table ip_asset (
    id          bigserial primary key,
    kind        varchar(30) not null,
    number      varchar(40) not null,    -- patent application number with check digit, trademark reg. no., ...
    title       text        not null,
    filed_on    date        not null,
    granted_on  date,
    expires_on  date,
    status      varchar(30) not null,
    nice_class  smallint check (nice_class between 1 and 45),
    claims      int,
    version     int         not null default 0,
    unique (kind, number)
);
create index ip_asset_status_idx on ip_asset (status, expires_on);

create table ip_asset_owner (
    asset_id       bigint        not null references ip_asset (id),
    enterprise_id  bigint        not null references enterprise (organisation_id),
    share          numeric(5,4)  not null default 1 check (share > 0 and share <= 1),
    primary key (asset_id, enterprise_id)
);
create index ip_asset_owner_ent_idx on ip_asset_owner (enterprise_id);

-- lending: pledge loans -----------------------------------------------------------------------------------
create table loan (
    id             bigserial primary key,
    loan_no        varchar(20)   not null unique,
    enterprise_id  bigint        not null references enterprise (organisation_id),
    bank_org_id    bigint        not null references organisation (id),
    principal      numeric(19,2) not null check (principal > 0),
    annual_rate    numeric(9,6)  not null,                -- fraction, 0.034500 = 3.45 %
    term_months    int           not null check (term_months > 0),
    applied_on     date          not null,
    disbursed_on   date,
    maturity_on    date,
    state          varchar(30)   not null,
    version        int           not null default 0,
    check (disbursed_on is null or disbursed_on >= applied_on)
);
create index loan_bank_state_idx on loan (bank_org_id, state);
create index loan_enterprise_idx on loan (enterprise_id);

create table loan_collateral (
    loan_id   bigint not null references loan (id),
    asset_id  bigint not null references ip_asset (id),
    primary key (loan_id, asset_id)
);

-- ledger: the append-only, hash-chained ledger of record (台账) -------------------------------------------
-- Entries are spread over a fixed number of chains by subject, so that writers of different subjects do not
-- queue on one chain head; each chain is verified on its own.
create table ledger_chain_head (
    chain_no  smallint primary key,
    seq       bigint   not null,
    hash      char(64) not null
);
insert into ledger_chain_head (chain_no, seq, hash)
select n, 0, repeat('0', 64) from generate_series(0, 15) as n;

create table ledger_entry (
    id              bigserial primary key,
    chain_no        smallint     not null,
    seq             bigint       not null,
    occurred_at     timestamptz  not null,
    actor_user      varchar(64)  not null,
    actor_org_id    bigint,
    subject_type    varchar(40)  not null,
    subject_id      varchar(64)  not null,
    action          varchar(60)  not null,
    party_org_ids   bigint[]     not null,   -- organisations that are party to the subject and may read the entry
    before_state    text,
    after_state     text,
    prev_hash       char(64)     not null,
    hash            char(64)     not null,
    unique (chain_no, seq)
);
create index ledger_entry_subject_idx on ledger_entry (subject_type, subject_id);
create index ledger_entry_parties_idx on ledger_entry using gin (party_org_ids);

create function ledger_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger ledger_entry_no_update before update or delete on ledger_entry
    for each row execute function ledger_entry_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_entry_append_only();
