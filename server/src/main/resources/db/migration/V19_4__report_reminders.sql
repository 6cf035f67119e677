-- supervision performance (issue 20): the IP office's reminders to banks whose quarterly report is overdue (due
-- 10 days after the quarter ends, Jiyuan 001's cover letter); recorded, and shown to the bank. One a bank and
-- quarter a day.
create table report_reminder (
    id           bigserial    primary key,
    bank_org_id  bigint       not null,
    year         int          not null,
    quarter      smallint     not null check (quarter between 1 and 4),
    sent_on      date         not null,
    sent_by      varchar(64)  not null,
    sent_at      timestamptz  not null,
    unique (bank_org_id, year, quarter, sent_on)
);
