-- Enterprise and IP asset registry (issue 4): dated qualifications, institutions' details, patent facts,
-- legal-status history, ownership transfers, pledge history, portfolios, import batches.

-- more kinds of institution ------------------------------------------------------------------------------
alter table organisation drop constraint organisation_type_chk;
alter table organisation add constraint organisation_type_chk check (type in (
    'IP_OFFICE','BANK','ENTERPRISE','VALUATION_FIRM','GUARANTOR','INSURER','SECURITIZATION_OPERATOR','EXPERT_POOL',
    'LAW_FIRM','RATING_AGENCY','SECURITIES_FIRM','TRUST','ACCOUNTING_FIRM'));
-- a valuation firm is ADMITTED or SUSPENDED (seed 004 (四): 准入与持续管理); others are ACTIVE
alter table organisation add constraint organisation_status_chk
    check (status in ('ACTIVE','ADMITTED','SUSPENDED','CLOSED'));
alter table organisation add column reguarantor boolean not null default false;  -- 再担保 (seed 004 (九))

-- qualifications as dated facts with their source, so a rule can ask "was it 专精特新 on date D?" ----------
create table enterprise_qualification (
    id             bigserial primary key,
    enterprise_id  bigint      not null references enterprise (organisation_id),
    kind           varchar(20) not null check (kind in ('SPECIALISED_SME','LITTLE_GIANT','HIGH_TECH','PRE_IPO')),
    granted_on     date        not null,
    expires_on     date,
    source         text        not null,
    certificate_no varchar(60),
    check (expires_on is null or expires_on > granted_on),
    unique (enterprise_id, kind, granted_on)
);
create index enterprise_qualification_kind_idx on enterprise_qualification (kind, enterprise_id);

insert into enterprise_qualification (enterprise_id, kind, granted_on, source)
select organisation_id, 'SPECIALISED_SME', greatest(registered_on, date '2022-01-01'), '工信局名单（迁移）'
from enterprise where specialised_sme
union all
select organisation_id, 'LITTLE_GIANT', greatest(registered_on, date '2022-01-01'), '工信部名单（迁移）'
from enterprise where little_giant
union all
select organisation_id, 'HIGH_TECH', greatest(registered_on, date '2022-01-01'), '高新技术企业认定（迁移）'
from enterprise where high_tech
union all
select organisation_id, 'PRE_IPO', greatest(registered_on, date '2022-01-01'), '拟上市企业库（迁移）'
from enterprise where pre_ipo;

alter table enterprise drop column specialised_sme, drop column little_giant, drop column high_tech,
    drop column pre_ipo;

alter table enterprise_credit_fact add constraint enterprise_credit_fact_key unique (enterprise_id, kind, listed_on);
create index enterprise_code_trgm on enterprise using gin ((credit_code::text) gin_trgm_ops);
create index enterprise_industry_idx on enterprise (industry_code);

-- IP assets: patent facts, trademark goods, licence contracts ------------------------------------------------
alter table ip_asset
    add column ipc_classes        text[]  not null default '{}',
    add column inventors          text[]  not null default '{}',
    add column cited_by           int     not null default 0 check (cited_by >= 0),
    add column family_size        int     not null default 1 check (family_size >= 1),
    add column annuity_paid_until date,
    add column goods_services     text;
alter table ip_asset add constraint ip_asset_kind_chk check (kind in ('INVENTION_PATENT','UTILITY_MODEL',
    'DESIGN_PATENT','TRADEMARK','COPYRIGHT','SOFTWARE_COPYRIGHT','GEOGRAPHICAL_INDICATION','IC_LAYOUT_DESIGN',
    'LICENCE_REVENUE_RIGHT'));
alter table ip_asset add constraint ip_asset_status_chk check (status in ('PENDING','IN_FORCE','LAPSED','EXPIRED',
    'INVALIDATED','UNDER_INVALIDATION'));
alter table ip_asset add constraint ip_asset_nice_chk check ((kind = 'TRADEMARK') = (nice_class is not null));
create index ip_asset_title_trgm on ip_asset using gin (title gin_trgm_ops);
create index ip_asset_kind_status_idx on ip_asset (kind, status);

-- 知识产权许可收益权: the right is the royalty stream of a licence contract
create table licence_contract (
    asset_id       bigint primary key references ip_asset (id),
    licensed_asset_id bigint references ip_asset (id),
    licensee       text   not null,
    royalty_terms  text   not null,
    starts_on      date   not null,
    ends_on        date   not null check (ends_on > starts_on)
);

-- legal status history; ip_asset.status is the latest event's status, kept in the same transaction
create table ip_legal_event (
    id           bigserial primary key,
    asset_id     bigint      not null references ip_asset (id),
    occurred_on  date        not null,
    status       varchar(30) not null,
    event        varchar(40) not null,   -- GRANTED, ANNUITY_UNPAID, RESTORED, INVALIDATION_FILED, ...
    note         text,
    source       text        not null,
    unique (asset_id, occurred_on, event)
);
create index ip_legal_event_asset_idx on ip_legal_event (asset_id, occurred_on);

create table ip_ownership_transfer (
    id               bigserial primary key,
    asset_id         bigint       not null references ip_asset (id),
    from_enterprise  bigint       references enterprise (organisation_id),
    to_enterprise    bigint       not null references enterprise (organisation_id),
    share            numeric(5,4) not null check (share > 0 and share <= 1),
    transferred_on   date         not null,
    registration_no  varchar(60)
);
create index ip_ownership_transfer_asset_idx on ip_ownership_transfer (asset_id, transferred_on);

-- every pledge of an asset: "pledged for the first time" (Licheng 第七条(三)) and "currently pledged" on any date
create table ip_pledge (
    id               bigserial primary key,
    asset_id         bigint      not null references ip_asset (id),
    registration_no  varchar(60) not null,
    pledgor_id       bigint      not null references enterprise (organisation_id),
    pledgee_org_id   bigint      not null references organisation (id),
    loan_id          bigint      references loan (id),
    registered_on    date        not null,
    cancelled_on     date,
    check (cancelled_on is null or cancelled_on >= registered_on),
    unique (asset_id, registration_no)
);
create index ip_pledge_asset_idx on ip_pledge (asset_id, registered_on);
-- at most one pledge in force per asset
create unique index ip_pledge_one_open on ip_pledge (asset_id) where cancelled_on is null;

create table ip_portfolio (
    id             bigserial primary key,
    owner_id       bigint      not null references enterprise (organisation_id),
    name           text        not null,
    created_at     timestamptz not null default now(),
    version        int         not null default 0,
    unique (owner_id, name)
);
create table ip_portfolio_item (
    portfolio_id  bigint not null references ip_portfolio (id),
    asset_id      bigint not null references ip_asset (id),
    primary key (portfolio_id, asset_id)
);

-- imports: one row per attempt, kept whether it was applied or refused ---------------------------------------
create table import_batch (
    id            bigserial primary key,
    kind          varchar(30)  not null,
    filename      text         not null,
    sha256        char(64)     not null,
    actor_user    varchar(64)  not null,
    actor_org_id  bigint,
    started_at    timestamptz  not null,
    finished_at   timestamptz,
    status        varchar(20)  not null check (status in ('APPLIED','REFUSED')),
    rows_read     int          not null default 0,
    inserted      int          not null default 0,
    updated       int          not null default 0,
    errors        text,        -- JSON: the file-level refusal and the row errors
    content       bytea        -- the applied file itself, so an auditor can see exactly what was imported
);
