-- Enterprise search over a million enterprises (issue 4 bench: p95 < 100 ms).

-- Lists are ordered by name: with this index a dense filter (a park, a qualification, an industry, a code prefix)
-- walks names in order and stops after one page instead of sorting every match.
create index enterprise_name_idx on enterprise (name);

-- industry_code like 'C39%' as an index range; the cluster's collation is not C, so plain btree cannot serve LIKE.
create index enterprise_industry_pattern_idx on enterprise (industry_code varchar_pattern_ops);

-- pg_trgm cannot index a two-character fragment, and two Chinese characters ("科技", "新远") are the most common
-- thing typed into a name search. Bigrams of the name, in a GIN index, serve those.
create function cjk_bigrams(t text) returns text[] language sql immutable parallel safe as $$
    select coalesce(array_agg(distinct substr(t, i, 2)), '{}') from generate_series(1, length(t) - 1) as i
$$;
alter table enterprise add column name_bigrams text[] generated always as (cjk_bigrams(name)) stored;
create index enterprise_name_bigram_gin on enterprise using gin (name_bigrams);

-- a credit-code prefix ("9141", "91419001MA") as an index range
create index enterprise_code_pattern_idx on enterprise ((credit_code::text) text_pattern_ops);
