-- supervision history (issue 20): the dashboard lists the district's banks on every request; among a million-loan
-- district's 100,000 enterprises (organisations too) that was a scan of the whole table. An index of party's table,
-- asked for by supervision's bench (SupervisionDashboardBench).
create index organisation_district_type_idx on organisation (district, type);
