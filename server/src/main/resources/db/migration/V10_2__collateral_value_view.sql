-- valuation publishes the current value of each loan's collateral in force (the latest valuation or revaluation of
-- every right still pledged to it), which the servicing coverage chart sets against the principal outstanding
create view collateral_value_view as
select p.loan_id, sum(v.value) as collateral_value, min(v.valued_on) as oldest_valued_on
from ip_pledge p
join asset_value v on v.asset_id = p.asset_id
where p.cancelled_on is null and p.loan_id is not null
group by p.loan_id;
