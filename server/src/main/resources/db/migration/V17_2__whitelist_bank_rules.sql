-- whitelist (issue 19, second round): a bank's own scoring rules, run inside the platform over its release
-- (seed 004 (十三) "usable but invisible"). A rule is a CEL expression over the released ranges only; what the bank
-- gets back is the token and the rule's decision or score, kept per run.
create table whitelist_bank_rule (
    id           bigserial   primary key,
    bank_org_id  bigint      not null references organisation (id),
    name         varchar(80) not null,
    expression   text        not null,
    kind         varchar(10) not null check (kind in ('DECISION','SCORE')),
    submitted_by varchar(60) not null,
    submitted_at timestamptz not null
);
create index whitelist_bank_rule_bank_idx on whitelist_bank_rule (bank_org_id);

-- the latest run of a rule over one release: token and result, never an enterprise id
create table whitelist_rule_result (
    rule_id    bigint        not null references whitelist_bank_rule (id),
    release_id bigint        not null,
    token      varchar(40)   not null,
    accepted   boolean,
    score      numeric(14,2),
    ran_at     timestamptz   not null,
    primary key (rule_id, release_id, token),
    foreign key (release_id, token) references whitelist_release_row (release_id, token),
    check ((accepted is null) <> (score is null))
);
