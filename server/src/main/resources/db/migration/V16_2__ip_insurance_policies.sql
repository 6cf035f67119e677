-- issue 17, round 2: enterprises' own IP insurance policies (seed 004 (八): 侵权责任险、执行险、海外侵权责任保险、交易保险),
-- recorded by the insurer with the insured rights, cover limit, deductible and period, and their claims during a
-- disposal or litigation followed from filing to approval or refusal and payment.

create table ip_policy (
    id             bigserial     primary key,
    insurer_org_id bigint        not null,
    enterprise_id  bigint        not null,
    policy_no      varchar(64)   not null,
    kind           varchar(30)   not null check (kind in ('INFRINGEMENT_LIABILITY','ENFORCEMENT_COST','OVERSEAS_DISPUTE','TRANSACTION')),
    cover_limit    numeric(19,2) not null check (cover_limit > 0),
    deductible     numeric(19,2) not null check (deductible >= 0 and deductible < cover_limit),
    premium        numeric(19,2) not null check (premium >= 0),
    starts_on      date          not null,
    ends_on        date          not null check (ends_on > starts_on),
    recorded_by    varchar(64)   not null,
    recorded_on    date          not null,
    unique (insurer_org_id, policy_no)
);
create index ip_policy_enterprise_idx on ip_policy (enterprise_id);

create table ip_policy_asset (
    policy_id bigint not null references ip_policy (id),
    asset_id  bigint not null,
    primary key (policy_id, asset_id)
);

create table ip_policy_claim (
    id          bigserial     primary key,
    policy_id   bigint        not null references ip_policy (id),
    context     varchar(20)   not null check (context in ('DISPOSAL','LITIGATION')),
    reference   text          not null,
    event_on    date          not null,
    claimed     numeric(19,2) not null check (claimed > 0),
    state       varchar(20)   not null check (state in ('FILED','APPROVED','DECLINED','PAID')),
    approved    numeric(19,2) not null default 0 check (approved >= 0 and approved <= claimed),
    paid        numeric(19,2) not null default 0 check (paid >= 0 and paid <= approved),
    note        text,
    filed_by    varchar(64)   not null,
    filed_on    date          not null,
    decided_by  varchar(64)
);
create index ip_policy_claim_policy_idx on ip_policy_claim (policy_id);
