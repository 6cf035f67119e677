-- issue 17 (branch h17): default, loss sharing and disposal. The risk-compensation fund pool of a district (seed 004
-- (二), seed 003 §五) with its capital, enrolled loans and postings; guarantee and insurance products and the cover
-- they give a loan (seed 004 (八)(九)); default events; loss claims with each party's share; disposal listings with the
-- recovery split agreed before disposal (seed 004 (十一)), bids and receipts.

create table risk_fund (
    id                bigserial     primary key,
    district          varchar(50)   not null unique,
    name              text          not null,
    loss_basis        varchar(30)   not null check (loss_basis in ('PRINCIPAL','PRINCIPAL_AND_INTEREST')),
    per_loan_cap      numeric(19,2) not null check (per_loan_cap > 0),
    per_bank_year_cap numeric(19,2) not null check (per_bank_year_cap > 0),
    max_principal     numeric(19,2) not null check (max_principal > 0),  -- a qualifying (SME) loan is at most this
    created_by        varchar(64)   not null,
    created_at        timestamptz   not null
);

-- the compensation ratio per loan class: a pure pledge loan, or one also guaranteed or insured
create table risk_fund_ratio (
    fund_id    bigint       not null references risk_fund (id),
    loan_class varchar(30)  not null check (loan_class in ('PLEDGE','PLEDGE_GUARANTEE','PLEDGE_INSURANCE')),
    ratio      numeric(5,4) not null check (ratio > 0 and ratio <= 1),
    primary key (fund_id, loan_class)
);

create table risk_fund_loan (
    loan_id       bigint        primary key,
    fund_id       bigint        not null references risk_fund (id),
    bank_org_id   bigint        not null,
    enterprise_id bigint        not null,
    loan_class    varchar(30)   not null,
    ratio         numeric(5,4)  not null,
    principal     numeric(19,2) not null,
    enrolled_on   date          not null
);
create index risk_fund_loan_fund_idx on risk_fund_loan (fund_id);

-- the fund's balance is the sum of its postings: capital in, compensation out, recoveries back in
create table risk_fund_posting (
    id          bigserial     primary key,
    fund_id     bigint        not null references risk_fund (id),
    kind        varchar(20)   not null check (kind in ('CAPITAL','COMPENSATION','RECOVERY')),
    amount      numeric(19,2) not null check (amount <> 0),
    claim_id    bigint,
    bank_org_id bigint,
    posted_on   date          not null,
    posted_by   varchar(64)   not null,
    check ((kind = 'COMPENSATION') = (amount < 0))
);
create index risk_fund_posting_fund_idx on risk_fund_posting (fund_id, kind, posted_on);

create table risk_product (
    id                  bigserial     primary key,
    provider_org_id     bigint        not null,
    kind                varchar(20)   not null check (kind in ('GUARANTEE','INSURANCE')),
    name                text          not null,
    fee_rate            numeric(6,5)  not null check (fee_rate >= 0 and fee_rate < 1),
    coverage_ratio      numeric(5,4)  not null check (coverage_ratio > 0 and coverage_ratio <= 1),
    cap                 numeric(19,2) not null check (cap > 0),
    re_guarantor_org_id bigint,
    re_guarantee_ratio  numeric(5,4)  not null default 0 check (re_guarantee_ratio >= 0 and re_guarantee_ratio < 1),
    deductible          numeric(19,2) not null default 0 check (deductible >= 0),
    published_by        varchar(64)   not null,
    published_at        timestamptz   not null,
    check ((re_guarantor_org_id is null) = (re_guarantee_ratio = 0)),
    check (kind = 'GUARANTEE' or re_guarantor_org_id is null)
);

-- a product's cover attached to one loan, its terms copied so that a later product change does not alter it
create table risk_cover (
    loan_id             bigint        not null,
    kind                varchar(20)   not null check (kind in ('GUARANTEE','INSURANCE')),
    product_id          bigint        not null references risk_product (id),
    provider_org_id     bigint        not null,
    coverage_ratio      numeric(5,4)  not null,
    cap                 numeric(19,2) not null,
    re_guarantor_org_id bigint,
    re_guarantee_ratio  numeric(5,4)  not null,
    deductible          numeric(19,2) not null,
    fee                 numeric(19,2) not null check (fee >= 0),
    attached_by         varchar(64)   not null,
    attached_on         date          not null,
    primary key (loan_id, kind)
);

create table loan_default (
    loan_id               bigint        primary key,
    bank_org_id           bigint        not null,
    enterprise_id         bigint        not null,
    reason                varchar(30)   not null check (reason in ('DPD_90','SUBSTANDARD_OR_WORSE','ACCELERATION')),
    defaulted_on          date          not null,
    dpd                   int           not null,
    classification        varchar(16)   not null,
    principal_outstanding numeric(19,2) not null,
    interest_outstanding  numeric(19,2) not null,
    penalty_due           numeric(19,2) not null,
    recorded_by           varchar(64)   not null
);

create table loss_claim (
    id          bigserial     primary key,
    loan_id     bigint        not null unique references loan_default (loan_id),
    bank_org_id bigint        not null,
    fund_id     bigint        references risk_fund (id),
    loss_basis  varchar(30)   not null,
    loss        numeric(19,2) not null check (loss > 0),
    filed_by    varchar(64)   not null,
    filed_on    date          not null
);

create table loss_share (
    claim_id   bigint        not null references loss_claim (id),
    party      varchar(20)   not null check (party in ('GUARANTOR','RE_GUARANTOR','INSURER','FUND','BANK')),
    org_id     bigint,                                        -- null for the fund, kept by the IP office
    amount     numeric(19,2) not null check (amount >= 0),
    state      varchar(20)   not null check (state in ('PENDING','APPROVED','DISPUTED','PAID')),
    paid       numeric(19,2) not null default 0 check (paid >= 0 and paid <= amount),
    decided_by varchar(64),
    note       text,
    primary key (claim_id, party)
);

create table disposal (
    id                  bigserial     primary key,
    claim_id            bigint        not null references loss_claim (id),
    loan_id             bigint        not null,
    asset_id            bigint        not null,
    path                varchar(30)   not null check (path in ('REVERSE_LICENCE','LISTED_SALE','PLEDGE_TO_EQUITY','TRANSFER')),
    reserve_price       numeric(19,2) not null check (reserve_price > 0),
    valuation_firm_ratio numeric(5,4) not null check (valuation_firm_ratio >= 0 and valuation_firm_ratio <= 1),
    valuation_firm_fee  numeric(19,2) not null check (valuation_firm_fee >= 0),
    state               varchar(20)   not null check (state in ('LISTED','SOLD')),
    listed_by           varchar(64)   not null,
    listed_on           date          not null,
    sold_on             date,
    unique (claim_id, asset_id)
);

-- the recovery split fixed before disposal: each claimant's weight, in the agreed order
create table disposal_claimant (
    disposal_id bigint        not null references disposal (id),
    party       varchar(20)   not null,
    weight      numeric(19,2) not null check (weight > 0),
    seq         int           not null,
    primary key (disposal_id, party)
);

create table disposal_bid (
    id          bigserial     primary key,
    disposal_id bigint        not null references disposal (id),
    bidder      text          not null,
    amount      numeric(19,2) not null check (amount > 0),
    bid_on      date          not null,
    recorded_by varchar(64)   not null,
    winning     boolean       not null default false
);

create table recovery_receipt (
    id          bigserial     primary key,
    disposal_id bigint        not null references disposal (id),
    amount      numeric(19,2) not null check (amount > 0),
    received_on date          not null,
    recorded_by varchar(64)   not null
);

create table recovery_part (
    receipt_id bigint        not null references recovery_receipt (id),
    party      varchar(20)   not null,
    amount     numeric(19,2) not null check (amount > 0),
    primary key (receipt_id, party)
);
