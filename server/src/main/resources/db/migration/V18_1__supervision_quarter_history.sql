-- supervision history (issue 20): supervision keeps its own quarter-end figures, because servicing's position is
-- today's only. Servicing publishes what a past quarter's end needs: the principal part of each repayment (to add
-- back what was repaid after that day) and the classification history (the class in force that day).
create or replace view loan_repayment_view as
    select loan_id, value_date, kind, penalty, overdue_interest, overdue_principal, current_interest, accrued_interest,
           current_principal, prepaid_principal
    from loan_repayment;
create view loan_classification_view as
    select id, loan_id, effective_on, classification, previous, source
    from loan_classification;

-- one snapshot per district and quarter: taken by the daily close of the quarter's last day (CLOSE), or on demand
-- for a quarter that ended before any close took it (ON_DEMAND); positions are always as of the quarter's last day
create table supervision_quarter_snapshot (
    district   varchar(50)  not null,
    year       int          not null,
    quarter    smallint     not null check (quarter between 1 and 4),
    as_of      date         not null,
    source     varchar(10)  not null check (source in ('CLOSE', 'ON_DEMAND')),
    taken_at   timestamptz  not null,
    loans      int          not null check (loans >= 0),
    primary key (district, year, quarter)
);

-- the quarter's sums per dimension (the district as a whole, each bank, collateral kind, park, enterprise size):
-- the rates are derived from them (pledge rate = pledged_principal / pledged_value, NPL rate = npl / balance)
create table supervision_quarter_figure (
    district          varchar(50)   not null,
    year              int           not null,
    quarter           smallint      not null,
    dimension         varchar(8)    not null check (dimension in ('DISTRICT', 'BANK', 'KIND', 'PARK', 'SIZE')),
    member            varchar(100)  not null,   -- '' for the district, the bank's organisation id, the kind, park or size; '—' for none
    new_loans         int           not null check (new_loans >= 0),
    new_amount        numeric(19,2) not null check (new_amount >= 0),
    balance           numeric(19,2) not null check (balance >= 0),
    customers         int           not null check (customers >= 0),
    pledged_principal numeric(19,2) not null check (pledged_principal >= 0),
    pledged_value     numeric(19,2) not null check (pledged_value >= 0),
    npl_balance       numeric(19,2) not null check (npl_balance >= 0 and npl_balance <= balance),
    primary key (district, year, quarter, dimension, member),
    foreign key (district, year, quarter) references supervision_quarter_snapshot on delete cascade
);
-- the trend chart reads one dimension over many quarters
create index supervision_quarter_figure_trend_idx on supervision_quarter_figure (district, dimension, member, year, quarter);
