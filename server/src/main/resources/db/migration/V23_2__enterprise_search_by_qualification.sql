-- Issue 15: every enterprise search under 100 ms at p95 with 1,000,000 enterprises. Measured on 2026-12-02 (quiet
-- machine): park + qualification 115 ms, industry + qualification 213 ms, name + qualification 124 ms at p95.
--
-- Beside a park, an industry or a name, a qualification was found by intersecting two broad bitmaps (a park holds
-- 14-24 % of the district, 专精特新 13 %: 170,000 and 130,000 row ids ANDed per search) or by hashing every
-- qualification of the kind. Each kind gets its own copy of the three narrowing indexes, holding only the enterprises
-- with a row of that kind (qualification_kinds, V10_6_1), so that the narrowing filter reads only the candidates it
-- needs; the dated "held today" check then probes each candidate (Enterprises.heldProbe). One set per kind of the
-- check constraint on enterprise_qualification.kind; a new kind needs its set.

create index enterprise_specialised_park_idx on enterprise (park, name) where qualification_kinds @> '{SPECIALISED_SME}'::varchar[];
create index enterprise_specialised_industry_idx on enterprise (industry_code varchar_pattern_ops) where qualification_kinds @> '{SPECIALISED_SME}'::varchar[];
create index enterprise_specialised_name_trgm on enterprise using gin (name gin_trgm_ops) where qualification_kinds @> '{SPECIALISED_SME}'::varchar[];
create index enterprise_specialised_bigram_gin on enterprise using gin (name_bigrams) where qualification_kinds @> '{SPECIALISED_SME}'::varchar[];

create index enterprise_little_giant_park_idx on enterprise (park, name) where qualification_kinds @> '{LITTLE_GIANT}'::varchar[];
create index enterprise_little_giant_industry_idx on enterprise (industry_code varchar_pattern_ops) where qualification_kinds @> '{LITTLE_GIANT}'::varchar[];
create index enterprise_little_giant_name_trgm on enterprise using gin (name gin_trgm_ops) where qualification_kinds @> '{LITTLE_GIANT}'::varchar[];
create index enterprise_little_giant_bigram_gin on enterprise using gin (name_bigrams) where qualification_kinds @> '{LITTLE_GIANT}'::varchar[];

create index enterprise_high_tech_park_idx on enterprise (park, name) where qualification_kinds @> '{HIGH_TECH}'::varchar[];
create index enterprise_high_tech_industry_idx on enterprise (industry_code varchar_pattern_ops) where qualification_kinds @> '{HIGH_TECH}'::varchar[];
create index enterprise_high_tech_name_trgm on enterprise using gin (name gin_trgm_ops) where qualification_kinds @> '{HIGH_TECH}'::varchar[];
create index enterprise_high_tech_bigram_gin on enterprise using gin (name_bigrams) where qualification_kinds @> '{HIGH_TECH}'::varchar[];

create index enterprise_pre_ipo_park_idx on enterprise (park, name) where qualification_kinds @> '{PRE_IPO}'::varchar[];
create index enterprise_pre_ipo_industry_idx on enterprise (industry_code varchar_pattern_ops) where qualification_kinds @> '{PRE_IPO}'::varchar[];
create index enterprise_pre_ipo_name_trgm on enterprise using gin (name gin_trgm_ops) where qualification_kinds @> '{PRE_IPO}'::varchar[];
create index enterprise_pre_ipo_bigram_gin on enterprise using gin (name_bigrams) where qualification_kinds @> '{PRE_IPO}'::varchar[];
