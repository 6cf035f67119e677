-- Issue 12: the interest basis of a schedule is a product term (计息方式). Products charge balance × annual rate ÷ 12 by
-- default (Chinese banks' 等额本息/等额本金 calculators); a product may charge by actual days (按日计息, its day_count).
-- Every existing product takes the monthly basis. Schedules already stored were made by day count and keep it, as do
-- the positions the close accrues on, so that a loan's stored instalments and its nightly accruals still agree.
alter table loan_product
    add column interest_basis varchar(16) not null default 'PERIODIC_RATE'
        check (interest_basis in ('PERIODIC_RATE', 'DAY_COUNT'));

alter table loan_schedule_version
    add column interest_basis varchar(16) not null default 'DAY_COUNT'
        check (interest_basis in ('PERIODIC_RATE', 'DAY_COUNT'));
alter table loan_schedule_version alter column interest_basis drop default;

alter table loan_servicing
    add column interest_basis varchar(16) not null default 'DAY_COUNT'
        check (interest_basis in ('PERIODIC_RATE', 'DAY_COUNT'));
alter table loan_servicing alter column interest_basis drop default;
