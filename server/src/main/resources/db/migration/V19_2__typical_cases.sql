-- supervision performance (issue 20): typical cases (典型案例, Shenzhen 004 (十七) 典型案例征集评选; Jiyuan 001 四.2–四.3)
-- the IP office writes up from a financed loan. The facts are the platform's when the case was started (kept as they
-- were prefilled); the text is the office's. A published case is read by the district's regulators and no longer
-- edited.
create table typical_case (
    id            bigserial    primary key,
    loan_id       bigint       not null unique,      -- a loan is written up once
    district      varchar(64)  not null,
    title         varchar(200) not null,
    body          text         not null,
    facts         text         not null,
    state         varchar(16)  not null check (state in ('DRAFT', 'PUBLISHED')),
    drafted_by    varchar(64)  not null,
    drafted_at    timestamptz  not null,
    published_by  varchar(64),
    published_on  date,
    version       int          not null default 0,
    check ((state = 'PUBLISHED') = (published_on is not null))
);
create index typical_case_district_idx on typical_case (district, state, id desc);
