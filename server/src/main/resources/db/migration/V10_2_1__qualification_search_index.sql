-- e2-pages: "name + qualification" at 1,000,000 enterprises (issue 15 bench): the qualification filter (held today:
-- granted on or before, not expired) read every qualification row of the kind from the heap and hashed them
-- (370 ms). With the dates in the index the kind's rows are read from the index alone (an index-only scan).
drop index enterprise_qualification_kind_idx;
create index enterprise_qualification_kind_idx on enterprise_qualification (kind, enterprise_id)
    include (granted_on, expires_on);
