-- issue 17, round 2: a counter-pledge (反担保质押, seed 004 (十五)): a guarantor or insurer that covers a loan takes a
-- pledge of the enterprise's IP right, registered in asset's pledge register like a bank's pledge (asset.Pledges);
-- this table is risk sharing's record of which cover it secures.

create table counter_pledge (
    id              bigserial     primary key,
    loan_id         bigint        not null,                -- the loan whose cover the counter-pledge secures
    provider_org_id bigint        not null,                -- the guarantor or insurer, the pledgee
    asset_id        bigint        not null,
    registration_no varchar(60)   not null,
    secured_amount  numeric(19,2) not null check (secured_amount > 0),
    registered_by   varchar(64)   not null,
    registered_on   date          not null,
    released_on     date,
    unique (asset_id, registration_no)
);
create index counter_pledge_loan_idx on counter_pledge (loan_id);
