-- supervision (issue 20): the banks' quarterly IP pledge statistics as they submit them (seed 001 四.2: "新增知识产权
-- 质押贷款金额、贷款余额、客户数量、质押率、不良率"), next to the figures the platform computes from its own loans.
-- A submitted report is locked: a correction is a new version with its reason, never an update.
create table bank_quarter_report (
    id                  bigserial     primary key,
    bank_org_id         bigint        not null,
    year                int           not null,
    quarter             smallint      not null check (quarter between 1 and 4),
    version             int           not null check (version >= 1),
    submitted_at        timestamptz   not null,
    submitted_on        date          not null,          -- the business date, against the due date (quarter end + 10 days)
    submitted_by        varchar(64)   not null,
    late                boolean       not null,
    correction_reason   text,
    new_loans           int           not null check (new_loans >= 0),
    new_amount          numeric(19,2) not null check (new_amount >= 0),
    balance             numeric(19,2) not null check (balance >= 0),
    customers           int           not null check (customers >= 0),
    average_pledge_rate numeric(9,6)  check (average_pledge_rate > 0),
    npl_balance         numeric(19,2) not null check (npl_balance >= 0 and npl_balance <= balance),
    overall_npl_rate    numeric(9,6)  not null check (overall_npl_rate between 0 and 1),   -- the bank's rate on all its loans
    unique (bank_org_id, year, quarter, version),
    check (version = 1 or correction_reason is not null)
);
create index bank_quarter_report_quarter_idx on bank_quarter_report (year, quarter, bank_org_id, version desc);

create function bank_quarter_report_locked() returns trigger language plpgsql as $$
begin
    raise exception 'bank_quarter_report is locked once submitted: % refused (submit a corrected version)', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger bank_quarter_report_locked before update or delete on bank_quarter_report
    for each row execute function bank_quarter_report_locked();
