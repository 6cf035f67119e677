-- supervision performance (issue 20): the enterprises' satisfaction after financing (融资获得感和政策满意度, Jiyuan 001
-- 四.2 "加强对融资企业的跟踪调查"; Ezhou 003 七 "建立企业评价与金融机构产品改进的良性互动机制"): one answer per loan,
-- 1–5 on each question, summarised per bank and product for the IP office.
create table financing_survey (
    id            bigserial    primary key,
    loan_id       bigint       not null unique,
    enterprise_id bigint       not null,
    bank_org_id   bigint       not null,
    product_id    bigint,
    speed         smallint     not null check (speed between 1 and 5),     -- how quickly the loan came
    cost          smallint     not null check (cost between 1 and 5),      -- what it cost
    service       smallint     not null check (service between 1 and 5),   -- the bank's service
    overall       smallint     not null check (overall between 1 and 5),   -- 获得感 on the whole
    comment       varchar(500),
    answered_by   varchar(64)  not null,
    answered_at   timestamptz  not null
);
create index financing_survey_bank_idx on financing_survey (bank_org_id, product_id);
