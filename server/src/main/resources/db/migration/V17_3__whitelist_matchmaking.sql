-- whitelist (issue 19, second round): matchmaking events (银企对接会, roadshows, the "4.26" IP week; seeds 001 三(三)9,
-- 003 §八, 004 (十六)). The IP office plans an event, invites whitelist enterprises and banks, records who attended;
-- each bank follows every contact it made there to an application or a reason. Each step is also a line of the
-- matching ledger (ledger subject "MATCH"), the same ledger as the demand library's.
create table whitelist_event (
    id         bigserial    primary key,
    kind       varchar(16)  not null check (kind in ('BANK_ENTERPRISE','ROADSHOW','IP_WEEK')),
    title      varchar(120) not null,
    held_on    date         not null,
    venue      varchar(120) not null,
    planned_by varchar(60)  not null,
    planned_at timestamptz  not null
);

-- an invited organisation, enterprise or bank; attended stays null until the office records it after the event
create table whitelist_event_invitee (
    event_id   bigint      not null references whitelist_event (id),
    org_id     bigint      not null references organisation (id),
    side       varchar(10) not null check (side in ('ENTERPRISE','BANK')),
    attended   boolean,
    invited_at timestamptz not null,
    primary key (event_id, org_id)
);

-- a contact a bank made at the event with an enterprise, followed to an application (its loan number) or a reason
create table whitelist_event_contact (
    event_id      bigint      not null references whitelist_event (id),
    bank_org_id   bigint      not null references organisation (id),
    enterprise_id bigint      not null references enterprise (organisation_id),
    status        varchar(10) not null check (status in ('CONTACTED','APPLIED','DECLINED')),
    loan_no       varchar(40),
    reason        text,
    updated_by    varchar(60) not null,
    updated_at    timestamptz not null,
    primary key (event_id, bank_org_id, enterprise_id),
    check (status <> 'APPLIED' or loan_no is not null),
    check (status <> 'DECLINED' or reason is not null)
);
