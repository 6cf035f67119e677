-- f2-tables (issue 14): the read views each module publishes for the others. A module's SQL names only its own
-- tables and these views (TableOwnershipTest); the owner may change its tables as long as its views keep their
-- columns. They are plain projections (PostgreSQL inlines them: the plans are those of the tables). Writes to another
-- module's table go through the owner's Java port instead (party.DataAuthorisations, party.Organisations.changeStatus,
-- asset.Pledges). Columns are listed, not *, so a column the owner adds is not published by accident.

-- party
create view organisation_view as
    select id, code, credit_code, type, name, name_en, parent_id, district, status, reguarantor, version
    from organisation;
create view enterprise_view as
    select organisation_id, credit_code, name, legal_representative, registered_on, registered_capital, district, park,
           industry_code, industry_name, size
    from enterprise;
create view enterprise_qualification_view as
    select id, enterprise_id, kind, granted_on, expires_on, source, certificate_no
    from enterprise_qualification;
create view enterprise_financials_view as
    select enterprise_id, year, revenue, profit, rd_spend, employees
    from enterprise_financials;
create view data_authorisation_view as
    select enterprise_id, org_id, granted_at, revoked_at, purpose
    from data_authorisation;

-- asset
create view ip_asset_view as
    select id, kind, number, title, filed_on, granted_on, expires_on, status, nice_class, claims, ipc_classes, inventors,
           cited_by, family_size, annuity_paid_until, goods_services, version
    from ip_asset;
create view ip_asset_owner_view as
    select asset_id, enterprise_id, share
    from ip_asset_owner;
create view ip_pledge_view as
    select id, asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id, registered_on, cancelled_on, secured_amount
    from ip_pledge;
create view ip_portfolio_view as
    select id, owner_id, name, created_at, version
    from ip_portfolio;
create view ip_portfolio_item_view as
    select portfolio_id, asset_id
    from ip_portfolio_item;
create view ip_legal_event_view as
    select id, asset_id, occurred_on, status, event, note, source
    from ip_legal_event;
create view licence_contract_view as
    select asset_id, licensed_asset_id, licensee, royalty_terms, starts_on, ends_on
    from licence_contract;

-- valuation
create view asset_value_view as
    select asset_id, value, valued_on, source, request_id, legal_status, revenue_base, inputs
    from asset_value;
create view valuation_request_view as
    select id, requester_org_id, owner_id, asset_id, portfolio_id, loan_id, firm_org_id, purpose, state, valuation_date,
           value, valid_until, signed_at, internal, version
    from valuation_request;

-- lending
create view loan_view as
    select id, loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months, applied_on, disbursed_on,
           maturity_on, state, product_id, repayment_method, spread_bp, contract_no, version
    from loan;

-- servicing
create view loan_servicing_view as
    select loan_id, bank_org_id, enterprise_id, state, annual_rate, maturity_on, scheduled_balance, principal_outstanding,
           overdue_principal, overdue_interest, penalty_due, dpd, classification, bank_classification, closed_through
    from loan_servicing;
