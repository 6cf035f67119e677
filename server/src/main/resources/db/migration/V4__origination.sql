-- Pledge-loan origination (issue 6): products (versioned), financing demands and the matching ledger, the
-- application's steps (valuation, due diligence with documents, pledge registration, approval, contract,
-- disbursement), combined securities, freezes, and idempotent commands.

-- products: each row is one published version; a new version retires the previous one, loans keep theirs --------
create table loan_product (
    id                bigserial primary key,
    bank_org_id       bigint        not null references organisation (id),
    code              varchar(40)   not null,
    version_no        int           not null check (version_no >= 1),
    name              text          not null,
    description       text,
    amount_min        numeric(19,2) not null check (amount_min > 0),
    amount_max        numeric(19,2) not null,
    term_min_months   int           not null check (term_min_months > 0),
    term_max_months   int           not null,
    spread_min_bp     int           not null,
    spread_max_bp     int           not null,
    repayment_methods text[]        not null,
    guarantor         varchar(20)   not null check (guarantor in ('REQUIRED','OPTIONAL','NOT_ACCEPTED')),
    insurance         varchar(20)   not null check (insurance in ('REQUIRED','OPTIONAL','NOT_ACCEPTED')),
    target            varchar(20)   not null check (target in ('ANY','SPECIALISED_SME','LITTLE_GIANT','HIGH_TECH')),
    parks             text[]        not null default '{}',   -- empty: every park of the district
    published_by      varchar(64)   not null,
    published_at      timestamptz   not null,
    retired_at        timestamptz,
    check (amount_max >= amount_min),
    check (term_max_months >= term_min_months),
    check (spread_max_bp >= spread_min_bp),
    unique (bank_org_id, code, version_no)
);
-- at most one current version of a product
create unique index loan_product_current on loan_product (bank_org_id, code) where retired_at is null;

create table loan_product_rate (
    product_id       bigint       not null references loan_product (id),
    ip_kind          varchar(30)  not null,
    max_pledge_rate  numeric(5,4) not null check (max_pledge_rate > 0 and max_pledge_rate <= 1),   -- 质押率
    primary key (product_id, ip_kind)
);

-- demands (需求库, seed 003 §八) and the banks' follow-up of each match (the matching ledger) --------------------
create table financing_demand (
    id                 bigserial primary key,
    enterprise_id      bigint        not null references enterprise (organisation_id),
    amount             numeric(19,2) not null check (amount > 0),
    term_months        int           not null check (term_months > 0),
    purpose            text          not null,
    collateral_kinds   text[]        not null,
    asset_ids          bigint[]      not null default '{}',
    state              varchar(20)   not null default 'OPEN' check (state in ('OPEN','CLOSED')),
    posted_by          varchar(64)   not null,
    posted_at          timestamptz   not null,
    version            int           not null default 0
);
create index financing_demand_enterprise_idx on financing_demand (enterprise_id);
create index financing_demand_open_idx on financing_demand (state, posted_at desc);

create table demand_follow_up (
    id            bigserial primary key,
    demand_id     bigint       not null references financing_demand (id),
    bank_org_id   bigint       not null references organisation (id),
    product_id    bigint       references loan_product (id),
    action        varchar(30)  not null check (action in ('CONTACTED','DECLINED','APPLICATION_OPENED')),
    reason        text,
    loan_id       bigint       references loan (id),
    actor_user    varchar(64)  not null,
    occurred_at   timestamptz  not null,
    check (action <> 'DECLINED' or reason is not null)
);
create index demand_follow_up_demand_idx on demand_follow_up (demand_id, bank_org_id);

-- the application's own facts on the loan row ---------------------------------------------------------------
alter table loan
    add column product_id        bigint references loan_product (id),
    add column demand_id         bigint references financing_demand (id),
    add column purpose           text,
    add column repayment_method  varchar(40),
    add column prepared_by       varchar(64),      -- the officer who took the application (maker)
    add column approved_by       varchar(64),      -- the approver (checker), never the maker
    add column approved_on       date,
    add column lpr               numeric(9,6),     -- 1-year LPR in force on the approval date
    add column spread_bp         int,
    add column credit_limit      numeric(19,2),    -- Σ max pledge rate × appraised value at approval
    add column contract_no       varchar(60),
    add column contract_signed_on date,
    add column closed_reason     text,             -- why it was withdrawn or rejected
    add column bank_note         text;             -- the bank's internal note; never shown to the IP office
create index loan_product_idx on loan (product_id);

alter table loan_collateral
    add column valuation_id     bigint references valuation_request (id),
    add column appraised_value  numeric(19,2) check (appraised_value > 0),
    add column value_source     varchar(20) check (value_source in ('SIGNED_REPORT','APPRAISED'));

-- co-owners' consent to pledge a jointly owned right (专利法 第十四条: 共有人同意)
create table loan_collateral_consent (
    loan_id      bigint       not null references loan (id),
    asset_id     bigint       not null references ip_asset (id),
    owner_id     bigint       not null references enterprise (organisation_id),
    recorded_by  varchar(64)  not null,
    document_id  bigint,
    recorded_at  timestamptz  not null,
    primary key (loan_id, asset_id, owner_id)
);

-- due diligence (尽职调查): checklist and documents kept in the database ----------------------------------------
create table loan_document (
    id            bigserial primary key,
    loan_id       bigint       not null references loan (id),
    item_code     varchar(40),
    filename      text         not null,
    content_type  varchar(100) not null,
    size_bytes    int          not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256        char(64)     not null,
    content       bytea        not null,
    uploaded_by   varchar(64)  not null,
    uploaded_org  bigint       not null references organisation (id),
    uploaded_at   timestamptz  not null
);
create index loan_document_loan_idx on loan_document (loan_id);

create table loan_checklist_item (
    loan_id      bigint      not null references loan (id),
    code         varchar(40) not null,
    position     int         not null,
    done_by      varchar(64),
    done_at      timestamptz,
    document_id  bigint      references loan_document (id),
    note         text,
    primary key (loan_id, code)
);

-- combined security: guarantor with its share, credit or guarantee insurance (seed 003 §四) --------------------
create table loan_security (
    id                bigserial primary key,
    loan_id           bigint        not null references loan (id),
    kind              varchar(30)   not null check (kind in ('GUARANTOR','CREDIT_INSURANCE','GUARANTEE_INSURANCE')),
    provider_org_id   bigint        not null references organisation (id),
    share             numeric(5,4)  not null check (share > 0 and share <= 1),   -- of the loss it bears
    reference         varchar(60),                                             -- guarantee letter or policy number
    recorded_by       varchar(64)   not null,
    recorded_at       timestamptz   not null,
    unique (loan_id, kind, provider_org_id)
);

-- pledge registration: changes (变更) and freezes (查封/冻结) ----------------------------------------------------
alter table ip_pledge add column secured_amount numeric(19,2);
create table ip_pledge_change (
    id            bigserial primary key,
    pledge_id     bigint        not null references ip_pledge (id),
    changed_on    date          not null,
    change_no     varchar(60)   not null unique,
    amount_before numeric(19,2),
    amount_after  numeric(19,2) not null,
    reason        text          not null,
    recorded_by   varchar(64)   not null
);
create table ip_asset_freeze (
    id           bigserial primary key,
    asset_id     bigint       not null references ip_asset (id),
    frozen_on    date         not null,
    lifted_on    date,
    authority    text         not null,
    reference    varchar(80),
    recorded_by  varchar(64)  not null,
    check (lifted_on is null or lifted_on >= frozen_on)
);
create unique index ip_asset_freeze_open on ip_asset_freeze (asset_id) where lifted_on is null;
create sequence pledge_registration_seq;

-- idempotent commands: a retried request with the same key returns the first result ---------------------------
create table loan_command (
    org_id           bigint       not null,
    idempotency_key  varchar(100) not null,
    command          varchar(40)  not null,
    loan_no          varchar(20),
    response         text,
    created_at       timestamptz  not null,
    primary key (org_id, idempotency_key)
);

-- new applications are numbered LA<year><6 digits>, apart from the demo district's PL numbers
create sequence loan_application_seq;
