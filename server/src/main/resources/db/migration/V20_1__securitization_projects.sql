-- securitization (issue 18): stored projects after Longnan's four phases (seed 002 二), their service institutions,
-- tasks with deadlines and deliverables, the asset pool screened from the registry, and issuance with the money
-- received (Licheng 第三条/第四条: a project counts only when issued and the funds are in).
create table securitization_project (
    id                     bigint generated always as identity primary key,
    name                   text          not null check (length(name) between 1 and 200),
    district               varchar(50)   not null,
    operator_org_id        bigint        not null,          -- 项目运营管理单位 (an organisation_view row of type SECURITIZATION_OPERATOR)
    tender_ref             varchar(100)  not null check (length(tender_ref) > 0),  -- the public tender that chose it, 002 二(一)
    target_size            numeric(18,2) not null check (target_size > 0),
    term_months            int           not null check (term_months between 1 and 360),
    starts_in              date          not null,          -- first day of the month the plan starts
    -- admission standards and risk-control indicators (Longnan 二(二)2), the operator's to set before screening
    require_specialised    boolean       not null default true,
    min_years              int           not null default 2 check (min_years >= 0),
    min_revenue            numeric(18,2) not null default 0 check (min_revenue >= 0),
    min_profit             numeric(18,2) not null default 0,
    min_ip_score           int           not null default 20 check (min_ip_score between 0 and 100),
    max_obligor_share      numeric(5,4)  not null default 0.1 check (max_obligor_share > 0 and max_obligor_share <= 1),
    max_industry_share     numeric(5,4)  not null default 0.4 check (max_industry_share > 0 and max_industry_share <= 1),
    max_park_share         numeric(5,4)  not null default 0.5 check (max_park_share > 0 and max_park_share <= 1),
    amount_per_enterprise  numeric(18,2) not null default 5000000 check (amount_per_enterprise > 0),
    pool_screened_at       timestamptz,
    pool_frozen_on         date,
    issued_on              date,
    issued_amount          numeric(18,2) check (issued_amount > 0),
    funds_received_on      date,
    funds_received_amount  numeric(18,2) check (funds_received_amount > 0),
    created_by             varchar(64)   not null,
    created_at             timestamptz   not null,
    version                int           not null default 0,
    check ((issued_on is null) = (issued_amount is null)),
    check ((funds_received_on is null) = (funds_received_amount is null)),
    check (funds_received_on is null or (issued_on is not null and funds_received_on >= issued_on)),
    check (issued_on is null or pool_frozen_on is not null)
);
create index securitization_project_operator_idx on securitization_project (operator_org_id);

-- the service institutions by role; one firm per role
create table securitization_institution (
    project_id  bigint not null references securitization_project (id),
    role        varchar(30) not null check (role in ('ORIGINATOR','SECURITIES_MANAGER','RATING_AGENCY','LAW_FIRM',
                    'VALUATION_FIRM','ACCOUNTING_FIRM','BANK_TRUST','GUARANTOR')),
    name        text not null check (length(name) between 1 and 200),
    primary key (project_id, role)
);

create table securitization_task (
    project_id    bigint      not null references securitization_project (id),
    seq           int         not null,
    phase         varchar(20) not null check (phase in ('PREPARATION','IMPLEMENTATION','DECLARATION','ISSUANCE')),
    task          text        not null,
    deliverable   text        not null,
    responsible   text        not null,
    due_on        date        not null,
    done_on       date,
    done_by       varchar(64),
    document_ref  text,                                     -- the deliverable's reference (文号 or file name)
    primary key (project_id, seq),
    check ((done_on is null) = (done_by is null))
);

-- the candidate pool: every enterprise screened, the screen's decision and reasons, and the operator's adjustment
create table securitization_pool_entry (
    project_id       bigint        not null references securitization_project (id),
    enterprise_id    bigint        not null,
    enterprise_name  text          not null,
    amount           numeric(18,2) not null check (amount > 0),
    ip_score         int           not null,
    screened_in      boolean       not null,
    reasons          jsonb         not null,                -- [{code, zh, en}] from core PoolScreening
    included         boolean       not null,                -- the screen's decision unless the operator adjusted it
    adjusted_reason  text,
    adjusted_by      varchar(64),
    primary key (project_id, enterprise_id),
    check ((adjusted_reason is null) = (adjusted_by is null))
);

-- published for programmes (Licheng 第四条): a project counts once issued and the money received
create view securitization_project_view as
    select id, name, district, operator_org_id, target_size, issued_on, issued_amount, funds_received_on,
           funds_received_amount, (issued_on is not null and funds_received_on is not null) as complete
    from securitization_project;
