-- Loan servicing and the daily close (issue 7): the LPR table, schedule versions with their instalments, the
-- servicing position of each outstanding loan, repayments with their allocation, five-category classification
-- history, the close runs with their chunks, the day's balanced postings, and servicing alerts.

-- product terms that servicing needs ----------------------------------------------------------------------------
alter table loan_product
    add column day_count        varchar(12)  not null default 'ACT_360' check (day_count in ('ACT_360','ACT_365F')),
    add column penalty_uplift   numeric(4,2) not null default 0.50 check (penalty_uplift between 0.30 and 0.50),
    add column compound_interest boolean     not null default true,
    add column floating_rate    boolean      not null default true;

-- a custom repayment plan (自定义还款计划): the principal of each period, agreed with the contract ----------------
create table loan_repayment_plan (
    loan_id    bigint        not null references loan (id),
    number     int           not null check (number >= 1),
    principal  numeric(19,2) not null check (principal >= 0),
    primary key (loan_id, number)
);

-- the Loan Prime Rate, maintained in the platform (one row per date a quote changed) ------------------------------
create table lpr_rate (
    effective_on     date         primary key,
    one_year         numeric(9,6) not null check (one_year > 0 and one_year < 1),
    over_five_years  numeric(9,6) not null check (over_five_years > 0 and over_five_years < 1),
    recorded_by      varchar(64)  not null,
    recorded_at      timestamptz  not null
);
insert into lpr_rate (effective_on, one_year, over_five_years, recorded_by, recorded_at) values
    ('2019-08-20', 0.0425, 0.0485, 'system', now()), ('2019-09-20', 0.0420, 0.0485, 'system', now()),
    ('2019-11-20', 0.0415, 0.0480, 'system', now()), ('2020-02-20', 0.0405, 0.0475, 'system', now()),
    ('2020-04-20', 0.0385, 0.0465, 'system', now()), ('2021-12-20', 0.0380, 0.0465, 'system', now()),
    ('2022-01-20', 0.0370, 0.0460, 'system', now()), ('2022-05-20', 0.0370, 0.0445, 'system', now()),
    ('2022-08-22', 0.0365, 0.0430, 'system', now()), ('2023-06-20', 0.0355, 0.0420, 'system', now()),
    ('2023-08-21', 0.0345, 0.0420, 'system', now()), ('2024-02-20', 0.0345, 0.0395, 'system', now()),
    ('2024-07-22', 0.0335, 0.0385, 'system', now()), ('2024-10-21', 0.0310, 0.0360, 'system', now()),
    ('2025-05-20', 0.0300, 0.0350, 'system', now());

-- schedule versions: every revision (prepayment, 展期, repricing) adds a version; none is ever changed ----------------
create table loan_schedule_version (
    loan_id        bigint        not null references loan (id),
    version_no     int           not null check (version_no >= 1),
    reason         varchar(20)   not null check (reason in ('DISBURSEMENT','PREPAYMENT','RESCHEDULE','REPRICING')),
    effective_on   date          not null,
    principal      numeric(19,2) not null check (principal > 0),
    annual_rate    numeric(9,6)  not null check (annual_rate >= 0),
    method         varchar(40)   not null,
    frequency      varchar(10)   not null,
    day_count      varchar(12)   not null,
    periods        int           not null check (periods >= 1),
    anchor_on      date          not null,
    anchor_offset  int           not null check (anchor_offset >= 0),
    note           text,
    created_by     varchar(64)   not null,
    created_at     timestamptz   not null,
    primary key (loan_id, version_no)
);

create table loan_instalment (
    loan_id         bigint        not null,
    version_no      int           not null,
    number          int           not null,
    due_on          date          not null,
    opening_balance numeric(19,2) not null,
    principal       numeric(19,2) not null check (principal >= 0),
    interest        numeric(19,2) not null check (interest >= 0),
    principal_paid  numeric(19,2) not null default 0,
    interest_paid   numeric(19,2) not null default 0,
    settled_on      date,
    primary key (loan_id, version_no, number),
    foreign key (loan_id, version_no) references loan_schedule_version (loan_id, version_no),
    check (principal_paid between 0 and principal),
    check (interest_paid between 0 and interest)
) with (fillfactor = 90);

-- the servicing position of each serviced loan: what the daily close reads and writes, one row per loan.
-- fillfactor leaves room on each page so the close's daily update stays HOT (no index columns change daily).
create table loan_servicing (
    loan_id             bigint        primary key references loan (id),
    bank_org_id         bigint        not null,
    enterprise_id       bigint        not null,
    state               varchar(10)   not null default 'ACTIVE' check (state in ('ACTIVE','REPAID')),
    schedule_version    int           not null,
    annual_rate         numeric(9,6)  not null,
    spread_bp           int,                          -- null: fixed rate
    next_repricing_on   date,
    day_count           varchar(12)   not null,
    penalty_uplift      numeric(4,2)  not null,
    compound_interest   boolean       not null,
    maturity_on         date          not null,
    scheduled_balance   numeric(19,2) not null check (scheduled_balance >= 0),   -- principal not yet fallen due
    period_start        date          not null,
    next_no             int,                                                       -- the current instalment
    next_due_on         date,
    next_principal      numeric(19,2) not null default 0,
    next_interest       numeric(19,2) not null default 0,
    next_principal_paid numeric(19,2) not null default 0,
    next_interest_paid  numeric(19,2) not null default 0,
    -- principal still owed: not yet due plus overdue, less what was paid towards the current instalment
    principal_outstanding numeric(19,2) generated always as (scheduled_balance + overdue_principal - next_principal_paid) stored,
    accrued_interest    numeric(19,2) not null default 0 check (accrued_interest >= 0),
    overdue_principal   numeric(19,2) not null default 0 check (overdue_principal >= 0),
    overdue_interest    numeric(19,2) not null default 0 check (overdue_interest >= 0),
    penalty_due         numeric(19,2) not null default 0 check (penalty_due >= 0),
    overdue_since       date,
    dpd                 int           not null default 0 check (dpd >= 0),
    classification      varchar(16)   not null default 'NORMAL',
    bank_classification varchar(16),
    bank_reason         text,
    closed_through      date          not null,
    version             int           not null default 0
) with (fillfactor = 70);
create index loan_servicing_bank_idx on loan_servicing (bank_org_id, classification);
create index loan_servicing_enterprise_idx on loan_servicing (enterprise_id);

-- repayments, idempotent by the bank's transaction reference, with the allocation stated part by part --------------
create table loan_repayment (
    id                 bigserial     primary key,
    loan_id            bigint        not null references loan (id),
    bank_org_id        bigint        not null,
    bank_reference     varchar(64)   not null,
    kind               varchar(12)   not null check (kind in ('REGULAR','PREPAYMENT','PAYOFF')),
    value_date         date          not null,
    amount             numeric(19,2) not null check (amount > 0),
    penalty            numeric(19,2) not null default 0,
    overdue_interest   numeric(19,2) not null default 0,
    overdue_principal  numeric(19,2) not null default 0,
    current_interest   numeric(19,2) not null default 0,
    current_principal  numeric(19,2) not null default 0,
    accrued_interest   numeric(19,2) not null default 0,   -- early repayment: interest accrued to the value date
    prepaid_principal  numeric(19,2) not null default 0,
    recorded_by        varchar(64)   not null,
    recorded_at        timestamptz   not null,
    unique (bank_org_id, bank_reference),
    check (amount = penalty + overdue_interest + overdue_principal + current_interest + current_principal
                    + accrued_interest + prepaid_principal)
);
create index loan_repayment_loan_idx on loan_repayment (loan_id, value_date);

-- five-category classification history (2023 measures): the system's floor and the bank's own, never better ---------
create table loan_classification (
    id              bigserial    primary key,
    loan_id         bigint       not null references loan (id),
    effective_on    date         not null,
    classification  varchar(16)  not null,
    previous        varchar(16),
    dpd             int          not null,
    source          varchar(10)  not null check (source in ('CLOSE','BANK')),
    reason          text,
    recorded_by     varchar(64)  not null
);
create index loan_classification_loan_idx on loan_classification (loan_id, effective_on);

-- the daily close (日终批处理): one run per business date, in chunks of loans; a chunk commits with its postings ------
create table close_run (
    business_date  date         primary key,
    state          varchar(10)  not null check (state in ('RUNNING','COMPLETED','FAILED')),
    chunk_starts   bigint[]     not null,       -- first loan id of each chunk, fixed when the run starts
    chunks_total   int          not null,
    chunks_done    int          not null default 0,
    loans_total    bigint       not null,
    loans_done     bigint       not null default 0,
    postings       bigint       not null default 0,
    started_at     timestamptz  not null,
    finished_at    timestamptz,
    started_by     varchar(64)  not null,
    attempts       int          not null default 1,
    last_error     text
);

create table close_chunk (
    business_date  date          not null references close_run (business_date),
    chunk_no       int           not null,
    first_loan_id  bigint        not null,
    last_loan_id   bigint        not null,
    loans          int           not null,
    postings       int           not null,
    amount_total   numeric(21,2) not null,
    digest         char(64)      not null,      -- SHA-256 of the chunk's postings, also in the ledger entry
    done_at        timestamptz   not null,
    primary key (business_date, chunk_no)
);

-- the day's postings: two legs of one amount, so each posting balances by construction; one per loan, day and kind
create table servicing_posting (
    business_date   date          not null,
    loan_id         bigint        not null,
    kind            varchar(16)   not null,
    run_date        date          not null,       -- the close run that wrote it (a catch-up writes earlier days)
    debit_account   varchar(12)   not null,
    credit_account  varchar(12)   not null,
    amount          numeric(19,2) not null check (amount > 0),
    primary key (business_date, loan_id, kind)
);

create table servicing_alert (
    id             bigserial     primary key,
    loan_id        bigint        not null references loan (id),
    bank_org_id    bigint        not null,
    business_date  date          not null,
    kind           varchar(20)   not null check (kind in ('MATURITY_30','CLASSIFICATION','COVERAGE')),
    detail         text          not null,
    unique (loan_id, kind, business_date)
);
create index servicing_alert_bank_idx on servicing_alert (bank_org_id, business_date desc);
