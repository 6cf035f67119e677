-- issue 17, round 2: a guarantor or insurer asks the lending bank before it attaches cover to a loan; the bank consents
-- or declines with a reason, and only consented cover is attached.

create table cover_request (
    id           bigserial   primary key,
    product_id   bigint      not null references risk_product (id),
    loan_id      bigint      not null,
    bank_org_id  bigint      not null,
    state        varchar(20) not null check (state in ('REQUESTED','CONSENTED','DECLINED')),
    requested_by varchar(64) not null,
    requested_on date        not null,
    decided_by   varchar(64),
    decided_on   date,
    note         text,
    unique (product_id, loan_id)
);
create index cover_request_bank_idx on cover_request (bank_org_id, state);
