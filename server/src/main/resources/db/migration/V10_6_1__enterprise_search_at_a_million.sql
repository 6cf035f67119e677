-- h15 (issue 15: every enterprise search under 100 ms at p95 with 1,000,000 enterprises).
--
-- "name + qualification" and "industry + qualification" joined the name or industry matches to every qualification
-- row of the kind (130,000 high-tech rows hashed per search). The kinds an enterprise has any qualification row of,
-- on its own row with a GIN index, let one bitmap scan intersect both filters; the dated "held today" check still
-- decides, on the few rows left. The database keeps the kinds, so that no writer (import, demo load, COPY) can
-- forget them: a superset filter that missed a kind would silently drop enterprises from the results.
alter table enterprise add column qualification_kinds varchar(20)[] not null default '{}';

update enterprise e set qualification_kinds = k.kinds
from (select enterprise_id, array_agg(distinct kind order by kind) as kinds from enterprise_qualification
      group by enterprise_id) k
where k.enterprise_id = e.organisation_id;

create index enterprise_qualification_kinds_gin on enterprise using gin (qualification_kinds);

-- per statement, so that a bulk load of 300,000 qualifications updates each enterprise once, not once per row
create function enterprise_qualification_kinds_refresh() returns trigger language plpgsql as $$
declare
    changed bigint[];
begin
    -- a transition table exists only for the events that have it: each branch names only its own
    if tg_op = 'INSERT' then
        select array_agg(distinct enterprise_id) into changed from new_rows;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct enterprise_id) into changed from old_rows;
    else
        select array_agg(distinct enterprise_id) into changed
        from (select enterprise_id from new_rows union select enterprise_id from old_rows) both_sides;
    end if;
    update enterprise e
    set qualification_kinds = coalesce((select array_agg(distinct q.kind order by q.kind)
                                        from enterprise_qualification q where q.enterprise_id = e.organisation_id), '{}')
    where e.organisation_id = any(changed);
    return null;
end $$;

create trigger enterprise_qualification_kinds_insert after insert on enterprise_qualification
    referencing new table as new_rows for each statement execute function enterprise_qualification_kinds_refresh();
create trigger enterprise_qualification_kinds_update after update on enterprise_qualification
    referencing old table as old_rows new table as new_rows
    for each statement execute function enterprise_qualification_kinds_refresh();
create trigger enterprise_qualification_kinds_delete after delete on enterprise_qualification
    referencing old table as old_rows for each statement execute function enterprise_qualification_kinds_refresh();

-- A code fragment is looked up by its last three characters and checked whole as upper(credit_code) like '%…%'
-- (Enterprises.textCondition): these statistics let the planner estimate that check from the codes themselves.
create statistics enterprise_code_upper_stats on (upper(credit_code::text)) from enterprise;
