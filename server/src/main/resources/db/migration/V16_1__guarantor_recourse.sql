-- issue 17, round 2: a guarantor's compensation (代偿) becomes its receivable on the enterprise, serviced like a credit
-- loan (seed 004 (九)): the amount it paid of its share is the principal, due by the instalments it sets; receipts
-- from the enterprise (idempotent by the caller's request key) and the guarantor's part of the collateral's disposal
-- reduce it.

create table recourse_receivable (
    id              bigserial     primary key,
    claim_id        bigint        not null references loss_claim (id),
    creditor_org_id bigint        not null,              -- the guarantor that paid
    enterprise_id   bigint        not null,              -- the borrower it has recourse on
    principal       numeric(19,2) not null check (principal > 0),
    opened_on       date          not null,
    unique (claim_id, creditor_org_id)
);
create index recourse_receivable_creditor_idx on recourse_receivable (creditor_org_id);
create index recourse_receivable_enterprise_idx on recourse_receivable (enterprise_id);

create table recourse_instalment (
    receivable_id bigint        not null references recourse_receivable (id),
    seq           int           not null,
    due_on        date          not null,
    amount        numeric(19,2) not null check (amount > 0),
    primary key (receivable_id, seq)
);

create table recourse_receipt (
    id             bigserial     primary key,
    receivable_id  bigint        not null references recourse_receivable (id),
    amount         numeric(19,2) not null check (amount > 0),
    received_on    date          not null,
    source         varchar(20)   not null check (source in ('ENTERPRISE','DISPOSAL')),
    request_key    varchar(100)  not null,
    recorded_by    varchar(64)   not null,
    unique (receivable_id, request_key)
);
