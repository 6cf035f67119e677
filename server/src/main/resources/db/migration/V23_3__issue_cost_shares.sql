-- The issue's actual cost, recorded with the issue, and each pool enterprise's share of it in proportion to what it
-- raises (Longnan 二(一) "企业分担", core IssueCostShares): the base of the programmes' financing-cost support.
alter table securitization_project add column issue_cost numeric(18,2) check (issue_cost >= 0);
alter table securitization_pool_entry add column issue_cost numeric(18,2) check (issue_cost >= 0);

-- published as before, with each enterprise's share of the issue cost (null before the issue)
create or replace view securitization_pool_enterprise_view as
    select p.id as project_id, p.name as project_name, p.district, e.enterprise_id, e.amount,
           p.issued_on, p.funds_received_on, (p.issued_on is not null and p.funds_received_on is not null) as complete,
           e.issue_cost
    from securitization_project p
    join securitization_pool_entry e on e.project_id = p.id
    where p.pool_frozen_on is not null and e.included;
