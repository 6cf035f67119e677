-- Published for programmes (Licheng 第三条/第四条, Longnan 二(一)): each enterprise in a project's frozen pool, with
-- the amount it raises in the project and whether the project was issued and its money received. Only a frozen pool
-- counts: before that the operator may still adjust who is in it.
create view securitization_pool_enterprise_view as
    select p.id as project_id, p.name as project_name, p.district, e.enterprise_id, e.amount,
           p.issued_on, p.funds_received_on, (p.issued_on is not null and p.funds_received_on is not null) as complete
    from securitization_project p
    join securitization_pool_entry e on e.project_id = p.id
    where p.pool_frozen_on is not null and e.included;
