-- issue 12 (branch b2): what a guarantee, insurance or the enterprise's credit may add to the limit the pledge supports
-- (seed 003 §五 质押+担保, seed 004 (九), seed 003 §二 专利+信用): a rate of its basis and a cap, per kind; null: adds nothing.
alter table loan_product
    add column guarantee_rate numeric(5,4) check (guarantee_rate > 0 and guarantee_rate <= 1),
    add column guarantee_cap  numeric(19,2) check (guarantee_cap > 0),
    add column insurance_rate numeric(5,4) check (insurance_rate > 0 and insurance_rate <= 1),
    add column insurance_cap  numeric(19,2) check (insurance_cap > 0),
    add column credit_rate    numeric(5,4) check (credit_rate > 0 and credit_rate <= 1),
    add column credit_cap     numeric(19,2) check (credit_cap > 0),
    add check ((guarantee_rate is null) = (guarantee_cap is null)),
    add check ((insurance_rate is null) = (insurance_cap is null)),
    add check ((credit_rate is null) = (credit_cap is null));
-- the pledge part of the limit at approval, next to credit_limit (the whole, enhancements included)
alter table loan add column pledge_limit numeric(19,2);
