-- supervision (issue 20): the financial regulators who receive the quarterly statistics (seed 001's cover letter, 003
-- §十一) are organisations of the district: the banking regulator's local office and the PBOC branch.
alter table organisation drop constraint organisation_type_chk;
alter table organisation add constraint organisation_type_chk check (type in (
    'IP_OFFICE','BANK','ENTERPRISE','VALUATION_FIRM','GUARANTOR','INSURER','SECURITIZATION_OPERATOR','EXPERT_POOL',
    'LAW_FIRM','RATING_AGENCY','SECURITIES_FIRM','TRUST','ACCOUNTING_FIRM','BANKING_REGULATOR','PBOC_BRANCH'));
