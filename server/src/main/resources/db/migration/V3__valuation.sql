-- Valuation (issue 5): valuation requests and their life cycle, valuers' declared conflicts, the current value of
-- each valued asset (what the nightly revaluation of pledged collateral compares against) and post-loan alerts.

-- Valuation firms are admitted to the district's library (seed 004 (四): 评估机构准入与持续管理). The firms already
-- registered are admitted; a firm registered later with the generic default status is admitted on insert, so that
-- loaders that do not know about admission (the demo district) still produce a usable library. Suspension is an
-- explicit decision of the IP office (valuation.ValuationFirms).
update organisation set status = 'ADMITTED' where type = 'VALUATION_FIRM' and status = 'ACTIVE';

create function organisation_admit_valuation_firm() returns trigger language plpgsql as $$
begin
    if new.type = 'VALUATION_FIRM' and new.status = 'ACTIVE' then
        new.status := 'ADMITTED';
    end if;
    return new;
end;
$$;
create trigger organisation_admit_valuation_firm before insert on organisation
    for each row execute function organisation_admit_valuation_firm();

create table valuation_request (
    id                  bigserial primary key,
    requester_org_id    bigint        not null references organisation (id),   -- the bank or the owner enterprise
    owner_id            bigint        not null references enterprise (organisation_id),
    asset_id            bigint        references ip_asset (id),
    portfolio_id        bigint        references ip_portfolio (id),
    loan_id             bigint        references loan (id),
    firm_org_id         bigint        not null references organisation (id),   -- the assigned valuation firm
    purpose             text          not null,
    state               varchar(20)   not null,
    valuation_date      date,
    inputs              jsonb,         -- everything the engine read, so the figures can be recomputed exactly
    pre_value           numeric(19,2),
    value               numeric(19,2),
    indicator_score     numeric(5,2),
    adjustment_reason   text,
    valuer_user         varchar(64),
    signed_at           timestamptz,
    valid_until         date,          -- one year from the valuation date
    reviewer_user       varchar(64),
    review_opinion      text,
    reviewed_at         timestamptz,
    requested_by        varchar(64)   not null,
    requested_at        timestamptz   not null,
    version             int           not null default 0,
    constraint valuation_request_subject_chk check ((asset_id is null) <> (portfolio_id is null)),
    constraint valuation_request_state_chk check (state in ('REQUESTED','PRE_VALUED','IN_REVIEW','SIGNED',
                                                            'CONFIRMED','SUSPENDED','WITHDRAWN'))
);
create index valuation_request_requester_idx on valuation_request (requester_org_id);
create index valuation_request_owner_idx on valuation_request (owner_id);
create index valuation_request_firm_state_idx on valuation_request (firm_org_id, state);
create index valuation_request_asset_idx on valuation_request (asset_id);

-- a valuer's declared links to enterprises (关联关系): the valuer may not value their assets
create table valuer_conflict (
    valuer_user_id  bigint      not null references app_user (id),
    enterprise_id   bigint      not null references enterprise (organisation_id),
    reason          text        not null,
    declared_at     timestamptz not null,
    primary key (valuer_user_id, enterprise_id)
);

-- the latest value of each valued asset and the facts it was computed from, so that the revaluation finds the
-- assets whose legal status or owner revenue changed since
create table asset_value (
    asset_id          bigint        primary key references ip_asset (id),
    value             numeric(19,2) not null,
    valued_on         date          not null,
    source            varchar(20)   not null check (source in ('SIGNED_REPORT','REVALUATION')),
    request_id        bigint        references valuation_request (id),
    legal_status      varchar(30)   not null,
    revenue_base      numeric(19,2) not null,
    inputs            jsonb         not null
);

-- post-loan alerts to the lending bank: coverage (outstanding principal / current collateral value) breached
create table collateral_alert (
    id               bigserial     primary key,
    loan_id          bigint        not null references loan (id),
    bank_org_id      bigint        not null references organisation (id),
    enterprise_id    bigint        not null references enterprise (organisation_id),
    raised_on        date          not null,
    principal        numeric(19,2) not null,
    collateral_value numeric(19,2) not null,
    coverage         numeric(12,4),              -- null when the collateral is worth nothing
    threshold        numeric(9,4)  not null,
    reason           text          not null,
    unique (loan_id, raised_on)
);
create index collateral_alert_bank_idx on collateral_alert (bank_org_id, raised_on desc);
