package cn.ipfin.demo;

import cn.ipfin.core.asset.PledgeOffice;
import cn.ipfin.datagen.GeneratedEnterprise;
import cn.ipfin.datagen.GeneratedIpAsset;
import cn.ipfin.datagen.GeneratedLoan;
import cn.ipfin.datagen.GeneratedOrganisation;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a generated district with JDBC batches, a chunk of enterprises at a time. Ids come from the tables'
 * own sequences, fetched a block at a time, so that children can be batched with their parents.
 */
final class DistrictWriter {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final String district;
    private final Map<String, Long> orgIdByKey = new HashMap<>();
    private final Map<Integer, Long> enterpriseIdBySeq = new HashMap<>();
    private final Map<String, Long> assetIdByNumber = new HashMap<>();
    private final List<GeneratedEnterprise> pending = new ArrayList<>(CHUNK);

    /** The generation date: legal events and cancellations happen no later than it. */
    private final LocalDate asOf;

    DistrictWriter(JdbcTemplate jdbc, String district, LocalDate asOf) {
        this.jdbc = jdbc;
        this.district = district;
        this.asOf = asOf;
    }

    Map<String, Long> orgIdByKey() {
        return orgIdByKey;
    }

    Long enterpriseId(int seq) {
        return enterpriseIdBySeq.get(seq);
    }

    void institutions(List<GeneratedOrganisation> institutions) {
        for (GeneratedOrganisation o : institutions) {
            Long parent = o.parentKey() == null ? null : orgIdByKey.get(o.parentKey());
            // a valuation firm of the demo district is admitted to the library (seed 004 (四)); the rest are ACTIVE
            String status = o.type() == cn.ipfin.core.party.OrgType.VALUATION_FIRM ? "ADMITTED" : "ACTIVE";
            long id = jdbc.queryForObject("""
                            insert into organisation (code, credit_code, type, name, name_en, parent_id, district, status)
                            values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                    o.key(), o.creditCode(), o.type().name(), o.name(), o.nameEn(), parent, district, status);
            orgIdByKey.put(o.key(), id);
        }
    }

    /**
     * Every demo bank cooperates with every valuation firm of the library (seed 004 (四) 合作准入; the bank's list,
     * valuation.BankValuationFirms): a fixture, so that the demo's banks can send valuations from the start.
     */
    void bankValuationFirms() {
        jdbc.update("""
                insert into bank_valuation_firm (bank_org_id, firm_org_id, status, reason, decided_by, decided_at)
                select b.id, f.id, 'ADMITTED', '示范数据：合作准入 / demo: admitted to cooperation', 'system', ?
                from organisation b cross join organisation f
                where b.type = 'BANK' and f.type = 'VALUATION_FIRM' and f.status = 'ADMITTED'
                on conflict do nothing""", date(asOf));
    }

    void enterprise(GeneratedEnterprise e) {
        pending.add(e);
        if (pending.size() == CHUNK) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> ids = nextIds("organisation_id_seq", pending.size());
        List<Object[]> orgs = new ArrayList<>(), ents = new ArrayList<>(), facts = new ArrayList<>(), quals = new ArrayList<>(),
                fins = new ArrayList<>(), assets = new ArrayList<>(), owners = new ArrayList<>();
        List<GeneratedIpAsset> allAssets = pending.stream().flatMap(e -> e.assets().stream()).toList();
        List<Long> assetIds = nextIds("ip_asset_id_seq", allAssets.size());
        int a = 0;
        for (int i = 0; i < pending.size(); i++) {
            GeneratedEnterprise e = pending.get(i);
            long id = ids.get(i);
            enterpriseIdBySeq.put(e.seq(), id);
            orgs.add(new Object[]{id, e.creditCode(), e.creditCode(), e.name(), e.district()});
            ents.add(new Object[]{id, e.creditCode(), e.name(), e.legalRepresentative(), date(e.registeredOn()),
                    e.registeredCapital(), e.district(), e.park(), e.industryCode(), e.industryName(), e.size()});
            qualification(quals, id, e, e.specialisedSme(), "SPECIALISED_SME", "工信局专精特新中小企业名单", 2);
            qualification(quals, id, e, e.littleGiant(), "LITTLE_GIANT", "工信部专精特新“小巨人”企业名单", 3);
            qualification(quals, id, e, e.highTech(), "HIGH_TECH", "高新技术企业认定管理机构", 1);
            qualification(quals, id, e, e.preIpo(), "PRE_IPO", "拟上市企业库", 4);
            e.creditFacts().forEach(f -> facts.add(new Object[]{id, f.kind(), date(f.listedOn()),
                    date(f.removedOn()), f.source(), f.reason()}));
            e.financials().forEach(f -> fins.add(new Object[]{id, f.year(), f.revenue(), f.profit(), f.rdSpend(),
                    f.employees()}));
            for (GeneratedIpAsset asset : e.assets()) {
                long assetId = assetIds.get(a++);
                assetIdByNumber.put(asset.number(), assetId);
                assets.add(new Object[]{assetId, asset.kind().name(), asset.number(), asset.title(),
                        date(asset.filedOn()), date(asset.grantedOn()), date(asset.expiresOn()),
                        asset.status().name(), asset.niceClass(), asset.claims()});
                owners.add(new Object[]{assetId, id});
            }
        }
        jdbc.batchUpdate("insert into organisation (id, code, credit_code, type, name, district)"
                + " values (?, ?, ?, 'ENTERPRISE', ?, ?)", orgs);
        jdbc.batchUpdate("""
                insert into enterprise (organisation_id, credit_code, name, legal_representative, registered_on,
                    registered_capital, district, park, industry_code, industry_name, size)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ents);
        jdbc.batchUpdate("insert into enterprise_qualification (enterprise_id, kind, granted_on, expires_on, source)"
                + " values (?, ?, ?, ?, ?)", quals);
        jdbc.batchUpdate("insert into enterprise_credit_fact (enterprise_id, kind, listed_on, removed_on, source, reason)"
                + " values (?, ?, ?, ?, ?, ?)", facts);
        jdbc.batchUpdate("insert into enterprise_financials (enterprise_id, year, revenue, profit, rd_spend, employees)"
                + " values (?, ?, ?, ?, ?, ?)", fins);
        jdbc.batchUpdate("insert into ip_asset (id, kind, number, title, filed_on, granted_on, expires_on, status,"
                + " nice_class, claims) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", assets);
        jdbc.batchUpdate("insert into ip_asset_owner (asset_id, enterprise_id) values (?, ?)", owners);
        pending.clear();
    }

    /**
     * A qualification granted some years after founding (never before 2019, when the current lists start);
     * 高新技术企业 certificates run three years (认定管理办法 第十条) and are renewed, so the latest one is open.
     */
    private void qualification(List<Object[]> rows, long id, GeneratedEnterprise e, boolean held, String kind,
                                      String source, int yearsAfterFounding) {
        if (!held) {
            return;
        }
        LocalDate granted = e.registeredOn().plusYears(yearsAfterFounding);
        LocalDate earliest = LocalDate.of(2019, 1, 1);
        if (granted.isBefore(earliest)) {
            granted = earliest.plusDays(e.seq() % 365);
        }
        if (granted.isAfter(asOf)) {
            granted = asOf.minusDays(30);
        }
        rows.add(new Object[]{id, kind, date(granted), null, source});
    }

    /**
     * The legal-status history of every asset, derived from its dates: filed, granted, and the event that ended
     * or clouded it. Written once after all assets, as set-based SQL.
     */
    void legalHistory() {
        Date asOf = date(this.asOf);
        jdbc.update("""
                insert into ip_legal_event (asset_id, occurred_on, status, event, source)
                select id, filed_on, 'PENDING', 'FILED', '国家知识产权局' from ip_asset
                union all
                select id, granted_on, 'IN_FORCE', 'GRANTED', '国家知识产权局' from ip_asset where granted_on is not null
                union all
                select id, least(granted_on + 3 * 365 + 180, ?::date), 'LAPSED', 'ANNUITY_UNPAID', '国家知识产权局'
                  from ip_asset where status = 'LAPSED'
                union all
                select id, least(expires_on + 1, ?::date), 'EXPIRED', 'TERM_ENDED', '国家知识产权局'
                  from ip_asset where status = 'EXPIRED'
                union all
                select id, least(granted_on + 2 * 365, ?::date), 'INVALIDATED', 'INVALIDATION_DECIDED', '国家知识产权局复审和无效审理部'
                  from ip_asset where status = 'INVALIDATED'
                union all
                select id, ?::date - 60, 'UNDER_INVALIDATION', 'INVALIDATION_FILED', '国家知识产权局复审和无效审理部'
                  from ip_asset where status = 'UNDER_INVALIDATION'
                on conflict do nothing""", asOf, asOf, asOf, asOf);
        jdbc.update("update ip_asset set annuity_paid_until = least(expires_on, ?::date + 200)"
                + " where kind in ('INVENTION_PATENT','UTILITY_MODEL','DESIGN_PATENT') and status = 'IN_FORCE'", asOf);
    }

    /**
     * Registers the pledge of each collateral asset of a loan whose money went out: a few days before
     * disbursement (the registration precedes the disbursement), cancelled when the loan was repaid.
     */
    void pledges(GeneratedLoan loan, long loanId, long enterpriseId, long bankId) {
        if (loan.disbursedOn() == null) {
            return;
        }
        LocalDate registered = loan.disbursedOn().minusDays(5);
        LocalDate cancelled = loan.state() == cn.ipfin.core.lending.LoanState.REPAID
                ? min(loan.maturityOn(), asOf.minusDays(1)) : null;
        // one registration per office for the loan's pledge contract (its patents together, its trademarks apart),
        // each securing the loan's principal once
        for (String number : loan.collateralNumbers()) {
            jdbc.update("""
                            insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id,
                                registered_on, cancelled_on, secured_amount)
                            select a.id, ? || case %s when 'PATENT_OFFICE' then '1' when 'TRADEMARK_OFFICE' then '2'
                                                   when 'COPYRIGHT_OFFICE' then '3' else '4' end,
                                   ?, ?, ?, ?, ?, ? from ip_asset a where a.id = ?
                            on conflict do nothing""".formatted(PledgeOffice.sqlCase("a.kind")),
                    "Y" + registered.getYear() + loan.loanNo().substring(6), enterpriseId, bankId, loanId,
                    date(registered), date(cancelled), loan.principal(), assetIdByNumber.get(number));
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Inserts a loan, its collateral and the enterprise's authorisation of the bank; returns the loan id. */
    long loan(GeneratedLoan loan, long enterpriseId, long bankId, Instant appliedAt) {
        long id = jdbc.queryForObject("""
                        insert into loan (loan_no, enterprise_id, bank_org_id, principal, annual_rate, term_months,
                            applied_on, disbursed_on, maturity_on, state)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                loan.loanNo(), enterpriseId, bankId, loan.principal(),
                loan.annualRatePercent().movePointLeft(2), loan.termMonths(), date(loan.appliedOn()),
                date(loan.disbursedOn()), date(loan.maturityOn()), loan.state().name());
        List<Object[]> collateral = loan.collateralNumbers().stream()
                .map(n -> new Object[]{id, assetIdByNumber.get(n)}).toList();
        jdbc.batchUpdate("insert into loan_collateral (loan_id, asset_id) values (?, ?)", collateral);
        jdbc.update("""
                        insert into data_authorisation (enterprise_id, org_id, granted_at, purpose)
                        values (?, ?, ?, '贷款申请 / loan application') on conflict do nothing""",
                enterpriseId, bankId, Timestamp.from(appliedAt));
        return id;
    }

    private List<Long> nextIds(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval('" + sequence + "') from generate_series(1, ?)", Long.class, count);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
