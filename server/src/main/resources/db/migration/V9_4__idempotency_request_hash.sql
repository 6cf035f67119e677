-- c1-db-signin: an Idempotency-Key reused with a different request is refused (422), so the key keeps the request's
-- SHA-256; repayments honour the Idempotency-Key header as well as the bank's transaction reference
alter table loan_command add column request_hash bytea;   -- null for commands recorded before: not compared

alter table loan_repayment add column idempotency_key varchar(100),
                           add column request_hash    bytea;
create unique index loan_repayment_idempotency_key on loan_repayment (bank_org_id, idempotency_key)
    where idempotency_key is not null;
