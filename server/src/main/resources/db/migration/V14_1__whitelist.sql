-- whitelist (issue 19): the IP office's periodic whitelist, the banks' "usable but invisible" pre-assessment
-- (seed 004 (十三)), the push to banks with per-entry tracking (seed 001 §三.8 台账), the enterprise's consent,
-- and the reverse direction (a bank submits an authorised applicant for assessment).

-- qualifications and facts the registry does not hold yet: 知识产权优势/示范企业, 贯标 (GB/T 29490) certification
-- (seed 001 三(一)2, 三(三)8), and whether the enterprise has ever borrowed from a bank (首贷户 when not; 004 (十六))
create table whitelist_input (
    enterprise_id bigint      not null references enterprise (organisation_id),
    kind          varchar(20) not null check (kind in ('IP_ADVANTAGE','IP_DEMONSTRATION','GBT29490','BANK_BORROWER')),
    granted_on    date        not null,
    source        text        not null,
    recorded_by   varchar(60) not null,
    recorded_at   timestamptz not null,
    primary key (enterprise_id, kind)
);

-- the enterprise's consent to being on the whitelist; withdrawn: no new bank sees it, in any form
create table whitelist_consent (
    enterprise_id bigint      primary key references enterprise (organisation_id),
    consented_at  timestamptz not null,
    withdrawn_at  timestamptz
);

create table whitelist_period (
    id            bigserial   primary key,
    period        varchar(10) not null unique check (period ~ '^[0-9]{4}Q[1-4]$'),
    card_version  varchar(40) not null,
    card_method   varchar(10) not null check (card_method in ('TRAINED','EXPERT')),
    min_score     int         not null,
    generated_by  varchar(60) not null,
    generated_at  timestamptz not null
);

-- a candidate of a period: its score and why (the card's contributions, one line each)
create table whitelist_entry (
    period_id           bigint  not null references whitelist_period (id),
    enterprise_id       bigint  not null references enterprise (organisation_id),
    score               int     not null,
    first_time_borrower boolean not null,
    explanation         text    not null,
    primary key (period_id, enterprise_id)
);

-- what one bank received for one period: tokens and ranges only; enterprise_id never leaves the platform
create table whitelist_release (
    id          bigserial   primary key,
    period_id   bigint      not null references whitelist_period (id),
    bank_org_id bigint      not null references organisation (id),
    k           int         not null check (k >= 2),
    levels      text        not null,
    suppressed  int         not null,
    released_at timestamptz not null,
    unique (period_id, bank_org_id)
);
create table whitelist_release_row (
    release_id    bigint      not null references whitelist_release (id),
    token         varchar(40) not null,
    enterprise_id bigint      not null references enterprise (organisation_id),
    industry      varchar(20) not null,
    region        text        not null,
    years         varchar(20) not null,
    revenue       varchar(30) not null,
    patents       varchar(20) not null,
    score_band    varchar(20) not null,
    assessment    varchar(16) check (assessment in ('INTERESTED','NOT_INTERESTED')),
    primary key (release_id, token)
);

-- the whitelist pushed to a bank, one row per enterprise, followed to its outcome (seed 001 §三.8)
create table whitelist_push (
    period_id     bigint      not null references whitelist_period (id),
    bank_org_id   bigint      not null references organisation (id),
    enterprise_id bigint      not null references enterprise (organisation_id),
    status        varchar(12) not null check (status in ('PUSHED','CONTACTED','APPLIED','FINANCED','DECLINED')),
    note          text,
    pushed_at     timestamptz not null,
    updated_at    timestamptz not null,
    primary key (period_id, bank_org_id, enterprise_id)
);

-- reverse direction: a bank submits an authorised applicant; the IP office's assessment is attached
create table whitelist_referral (
    id            bigserial   primary key,
    bank_org_id   bigint      not null references organisation (id),
    enterprise_id bigint      not null references enterprise (organisation_id),
    loan_no       varchar(40),
    score         int         not null,
    explanation   text        not null,
    submitted_by  varchar(60) not null,
    submitted_at  timestamptz not null
);
create index whitelist_referral_bank_idx on whitelist_referral (bank_org_id, submitted_at);
