-- whitelist (issue 19, second round): the project library (项目库, seed 003 §七) of strong patents suitable for
-- financing, published with each whitelist period: invention patents in force with years of life left, technical
-- weight (claims, citations, family) and no pledge outstanding, owned by the period's consenting whitelist enterprises.
create table whitelist_project_library (
    id           bigserial   primary key,
    period_id    bigint      not null unique references whitelist_period (id),
    published_by varchar(60) not null,
    published_at timestamptz not null
);

create table whitelist_project (
    library_id      bigint        not null references whitelist_project_library (id),
    asset_id        bigint        not null references ip_asset (id),
    enterprise_id   bigint        not null references enterprise (organisation_id),
    remaining_years int           not null check (remaining_years >= 0),
    claims          int           not null,
    cited_by        int           not null,
    family_size     int           not null,
    -- the latest appraised value in 元, null when the patent was never appraised
    value           numeric(19,2),
    primary key (library_id, asset_id, enterprise_id)
);
