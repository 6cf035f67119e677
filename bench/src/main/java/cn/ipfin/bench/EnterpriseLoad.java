package cn.ipfin.bench;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.asset.TrademarkTerm;
import cn.ipfin.datagen.DistrictGenerator;
import cn.ipfin.datagen.GeneratedEnterprise;
import cn.ipfin.datagen.GeneratedIpAsset;
import cn.ipfin.shared.BulkCopy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a generated district's enterprises (organisation, enterprise, qualification and credit-list rows) with
 * PostgreSQL COPY through the server's {@link BulkCopy}, one transaction per chunk, and keeps on the way what the
 * later measurements need: a sample of enterprises to search for, and the first assets to import.
 */
final class EnterpriseLoad {

    private static final int CHUNK = 20_000;
    /** Every n-th enterprise is a search sample: 5,000 of a million. */
    private static final int SAMPLE_EVERY = 200;

    record Sample(String name, String district, String creditCode, String park, String industryCode) {
    }

    record OwnedAsset(GeneratedIpAsset asset, String ownerCode) {
    }

    record Result(long enterprises, long qualifications, long creditFacts, long generateNanos, long copyNanos,
                  long analyzeNanos, List<Sample> samples, List<OwnedAsset> assets) {
    }

    private final JdbcTemplate jdbc;
    private final BulkCopy bulk;
    private final TransactionTemplate transaction;
    private final int assetsWanted;

    private final List<Sample> samples = new ArrayList<>();
    private final List<OwnedAsset> assets = new ArrayList<>();
    private final List<GeneratedEnterprise> pending = new ArrayList<>(CHUNK);
    private long nextId;
    private long qualifications;
    private long creditFacts;
    private long generateNanos;
    private long copyNanos;

    /** The generation date of the district being loaded. */
    private LocalDate asOf = DistrictGenerator.AS_OF;

    EnterpriseLoad(JdbcTemplate jdbc, BulkCopy bulk, TransactionTemplate transaction, int assetsWanted) {
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.transaction = transaction;
        this.assetsWanted = assetsWanted;
    }

    Result load(DistrictGenerator generator) {
        asOf = generator.asOf();
        int total = generator.spec().enterprises();
        // Reserve the ids in one step, as the demo loader does a block at a time, so that children can name them.
        nextId = jdbc.queryForObject("select nextval('organisation_id_seq')", Long.class);
        jdbc.queryForObject("select setval('organisation_id_seq', ?)", Long.class, nextId + total);
        long started = System.nanoTime();
        generator.enterprises(e -> {
            pending.add(e);
            if (pending.size() == CHUNK) {
                flush();
            }
        });
        flush();
        generateNanos = System.nanoTime() - started - copyNanos;
        long analyzeStarted = System.nanoTime();
        // vacuum as well: after a bulk COPY the visibility map is empty, so no index-only scan would be used until
        // autovacuum came by (a production load is followed by autovacuum; the bench should not measure the gap)
        jdbc.execute("vacuum analyze organisation, enterprise, enterprise_qualification, enterprise_credit_fact");
        return new Result(total, qualifications, creditFacts, generateNanos, copyNanos,
                System.nanoTime() - analyzeStarted, samples, assets);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Object[]> orgs = new ArrayList<>(pending.size());
        List<Object[]> ents = new ArrayList<>(pending.size());
        List<Object[]> quals = new ArrayList<>();
        List<Object[]> facts = new ArrayList<>();
        for (GeneratedEnterprise e : pending) {
            long id = nextId++;
            orgs.add(new Object[]{id, e.creditCode(), e.creditCode(), "ENTERPRISE", e.name(), e.district()});
            ents.add(new Object[]{id, e.creditCode(), e.name(), e.legalRepresentative(), e.registeredOn(),
                    e.registeredCapital(), e.district(), e.park(), e.industryCode(), e.industryName(), e.size()});
            qualification(quals, id, e, e.specialisedSme(), "SPECIALISED_SME", "工信局专精特新中小企业名单", 2);
            qualification(quals, id, e, e.littleGiant(), "LITTLE_GIANT", "工信部专精特新“小巨人”企业名单", 3);
            qualification(quals, id, e, e.highTech(), "HIGH_TECH", "高新技术企业认定管理机构", 1);
            qualification(quals, id, e, e.preIpo(), "PRE_IPO", "拟上市企业库", 4);
            e.creditFacts().forEach(f -> facts.add(new Object[]{id, f.kind(), f.listedOn(), f.removedOn(), f.source(),
                    f.reason()}));
            keep(e);
        }
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            bulk.copy("organisation", "id, code, credit_code, type, name, district", orgs);
            bulk.copy("enterprise", "organisation_id, credit_code, name, legal_representative, registered_on,"
                    + " registered_capital, district, park, industry_code, industry_name, size", ents);
            bulk.copy("enterprise_qualification", "enterprise_id, kind, granted_on, source", quals);
            bulk.copy("enterprise_credit_fact", "enterprise_id, kind, listed_on, removed_on, source, reason", facts);
        });
        copyNanos += System.nanoTime() - started;
        qualifications += quals.size();
        creditFacts += facts.size();
        pending.clear();
    }

    /** The same dates the demo loader gives: some years after founding, never before 2019 nor after the as-of date. */
    private void qualification(List<Object[]> rows, long id, GeneratedEnterprise e, boolean held, String kind,
                                      String source, int yearsAfterFounding) {
        if (!held) {
            return;
        }
        LocalDate granted = e.registeredOn().plusYears(yearsAfterFounding);
        if (granted.isBefore(LocalDate.of(2019, 1, 1))) {
            granted = LocalDate.of(2019, 1, 1).plusDays(e.seq() % 365);
        }
        if (granted.isAfter(asOf)) {
            granted = asOf.minusDays(30);
        }
        rows.add(new Object[]{id, kind, granted, source});
    }

    private void keep(GeneratedEnterprise e) {
        if (e.seq() % SAMPLE_EVERY == 0) {
            samples.add(new Sample(e.name(), e.district(), e.creditCode(), e.park(), e.industryCode()));
        }
        for (GeneratedIpAsset asset : e.assets()) {
            if (assets.size() == assetsWanted) {
                return;
            }
            assets.add(new OwnedAsset(asset, e.creditCode()));
        }
    }

    /** A trademark in force past its first ten-year term has been renewed (Trademark Law art. 40). */
    static boolean renewedTrademark(GeneratedIpAsset asset) {
        return asset.kind() == IpKind.TRADEMARK && asset.status() == LegalStatus.IN_FORCE && asset.grantedOn() != null
                && asset.expiresOn() != null && asset.expiresOn().isAfter(TrademarkTerm.lastDayOfFirstTerm(asset.grantedOn()));
    }
}
