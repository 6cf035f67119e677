-- Valuation (issue 12, branch b1-valuation).
--
-- 1. The pre-valuation's own inputs are kept beside the adjusted ones, so the page and the signed report can set the
--    valuer's parameters against the automated pre-valuation's (and the value against the pre-value) whatever was
--    adjusted, the revenue forecast included. Requests pre-valued before this migration compare against their
--    current inputs with the valuer's overrides removed (valuation.ValuationComparison).
-- 2. Seed 004 (四): financial institutions review and confirm valuations (复核认定) and admit valuation firms to
--    cooperation (合作准入); banks build internal valuation (内部评估).
alter table valuation_request
    add column pre_inputs          jsonb,
    add column internal            boolean     not null default false,  -- 内部评估: valued by the bank's own valuer
    add column bank_review         varchar(10) check (bank_review in ('CONFIRMED','REJECTED')),
    add column bank_reviewer_user  varchar(64),
    add column bank_review_opinion text,
    add column bank_reviewed_at    timestamptz;

-- a bank's own list of valuation firms it cooperates with (合作准入), on top of the district's library: a bank may
-- send a valuation only to a firm the district admitted AND the bank admitted (valuation.BankFirmAdmission)
create table bank_valuation_firm (
    bank_org_id  bigint      not null references organisation (id),
    firm_org_id  bigint      not null references organisation (id),
    status       varchar(12) not null check (status in ('ADMITTED','SUSPENDED')),
    reason       text        not null,
    decided_by   varchar(64) not null,
    decided_at   timestamptz not null,
    version      int         not null default 0,
    primary key (bank_org_id, firm_org_id)
);
create index bank_valuation_firm_firm_idx on bank_valuation_firm (firm_org_id);

-- a bank keeps cooperating with the firms it already sent valuations to (the decision is the bank's to revisit)
insert into bank_valuation_firm (bank_org_id, firm_org_id, status, reason, decided_by, decided_at)
select distinct r.requester_org_id, r.firm_org_id, 'ADMITTED', '既有合作（迁移） / existing cooperation (migrated)',
       'system', now()
from valuation_request r join organisation b on b.id = r.requester_org_id join organisation f on f.id = r.firm_org_id
where b.type = 'BANK' and f.type = 'VALUATION_FIRM';
