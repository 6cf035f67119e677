-- e2-pages: lending publishes a read view of its loans with the names the other modules' lists show (the servicing
-- loan book, the coverage chart), so that they read lending's table through what lending publishes (TableOwnershipTest)
create view loan_view as
select l.id, l.loan_no, l.enterprise_id, e.name as enterprise_name, l.bank_org_id, b.name as bank_name,
       l.principal, l.state, l.applied_on, l.disbursed_on, l.maturity_on
from loan l
join enterprise e on e.organisation_id = l.enterprise_id
join organisation b on b.id = l.bank_org_id;

-- valuation publishes the current value of each loan's collateral in force (the latest valuation or revaluation of
-- every right still pledged to it), which the servicing coverage chart sets against the principal outstanding
create view collateral_value_view as
select p.loan_id, sum(v.value) as collateral_value, min(v.valued_on) as oldest_valued_on
from ip_pledge p
join asset_value v on v.asset_id = p.asset_id
where p.cancelled_on is null and p.loan_id is not null
group by p.loan_id;
