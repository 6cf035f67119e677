-- supervision (issue 20): each district's annual IP pledge financing targets (seed 004 (十七): "设定各区年度知识产权
-- 质押融资目标任务"; seed 001 二: count and amount +10 % year on year, 50 financed enterprises cumulative).
create table district_target (
    district              varchar(50)  not null,
    year                  int          not null,
    count_growth          numeric(7,4) not null check (count_growth >= -1),    -- 0.1000 = +10 % over last year
    amount_growth         numeric(7,4) not null check (amount_growth >= -1),
    financed_enterprises  int          check (financed_enterprises > 0),       -- cumulative; null: no such target
    set_by                varchar(64)  not null,
    set_at                timestamptz  not null,
    primary key (district, year)
);
