-- 底层资产放款 (Longnan 二(二)4): at a securitization issue, one loan per enterprise of the frozen pool, made by the
-- bank that assists the originator. Lending keeps which project a loan was made for (no foreign key: the project is
-- securitization's), and at most one such loan per project and enterprise, which makes the disbursement idempotent.
alter table loan add column securitization_project_id bigint;
create unique index loan_underlying_uk on loan (securitization_project_id, enterprise_id)
    where securitization_project_id is not null;

-- securitization: the terms the loans were made on, and each pool entry's loan
alter table securitization_project
    add column underlying_disbursed_on date,
    add column underlying_bank_org_id  bigint,
    add column underlying_rate         numeric(9,6),
    add column underlying_method       varchar(40);
alter table securitization_pool_entry add column loan_no varchar(20);
