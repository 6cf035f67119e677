-- whitelist (issue 19, second round): every version of the "IP + credit" card is kept with its points and its
-- validation, reported on every retrain: AUC and KS on the platform's loan outcomes (a trained card only: an expert
-- card's weights were not fitted to them) and the population stability index against the previous version.
create table whitelist_card_version (
    version       varchar(40) primary key,
    period_id     bigint      not null unique references whitelist_period (id),
    method        varchar(10) not null check (method in ('TRAINED','EXPERT')),
    base_points   int         not null,
    loans         int         not null check (loans >= 0),
    bads          int         not null check (bads >= 0 and bads <= loans),
    auc           numeric(6,4) check (auc between 0 and 1),
    ks            numeric(6,4) check (ks between 0 and 1),
    -- against the previous version's kept distribution; null for the first version
    psi           numeric(8,4) check (psi >= 0),
    psi_reference varchar(40) references whitelist_card_version (version),
    scored        int         not null check (scored >= 0),
    -- the deciles of this version's scores over the population it scored and the share in each (core ScoreDistribution)
    distribution  text,
    built_at      timestamptz not null
);

-- the card itself: each feature's bins in order, with the WoE (trained cards) and the points they earn
create table whitelist_card_bin (
    version  varchar(40)    not null references whitelist_card_version (version),
    feature  varchar(40)    not null,
    position int            not null,
    bin      varchar(60)    not null,
    woe      numeric(12,6),
    points   int            not null,
    primary key (version, feature, position)
);
