-- Valuation firms (issue 5): admission is data the loader writes, not a side effect of inserting an organisation.
-- V3 admitted, on insert, every valuation firm inserted with the generic status ACTIVE, because the demo loader
-- did not know about admission; the loader now inserts its valuation firms as ADMITTED (demo.DistrictWriter), so
-- a firm inserted ACTIVE is not admitted and may neither take nor sign valuations (valuation.ValuationGuards).
drop trigger organisation_admit_valuation_firm on organisation;
drop function organisation_admit_valuation_firm();
