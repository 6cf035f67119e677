-- supervision performance (issue 20): the internal measures the seeds ask the banks to adopt, as each bank records
-- them (Shenzhen 004 (二十): 尽职免责, 单列信贷计划; 004 (三): a dedicated IP pledge financing policy). A record is
-- never changed: a newer document is a new row, and the latest per kind is the one in force. They feed the
-- demonstration-bank rating (004 (十七)).
create table bank_internal_measure (
    id            bigserial    primary key,
    bank_org_id   bigint       not null,
    kind          varchar(32)  not null check (kind in ('DUE_DILIGENCE_EXEMPTION', 'SEPARATE_CREDIT_PLAN', 'IP_PLEDGE_POLICY')),
    adopted_on    date         not null,
    document      varchar(200) not null,          -- the bank's own document number and title
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null
);
create index bank_internal_measure_bank_idx on bank_internal_measure (bank_org_id, kind, adopted_on desc, id desc);
