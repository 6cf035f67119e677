package cn.ipfin.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.CreditEnhancement;
import cn.ipfin.core.lending.ProductTerms;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.core.money.DayCount;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.schedule.InterestBasis;
import cn.ipfin.core.schedule.InterestConvention;
import cn.ipfin.ledger.LedgerFact;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The product handbook (seed 004 (十四)): banks publish versioned products, everyone signed in reads the current
 * ones. Publishing a code that exists retires its current version and adds the next; the old version stays for the
 * loans made under it.
 */
@Service
public class Products {

    private static final String SELECT = """
            select p.*, o.name as bank_name,
                   (select coalesce(array_agg(r.ip_kind || '=' || r.max_pledge_rate), '{}') from loan_product_rate r
                    where r.product_id = p.id) as rates
            from loan_product p join organisation_view o on o.id = p.bank_org_id
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Products(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a bank publishes; rates are fractions (0.50 = 50 %), spreads basis points over the 1-year LPR; {@code interest}
     * is the 计息方式, by the month (rate ÷ 12, the bank calculators' convention) when not given.
     */
    public record ProductDraft(@NotBlank @Size(max = 40) String code, @NotBlank String name, String description,
                               @NotEmpty Map<IpKind, BigDecimal> maxPledgeRates, @NotNull BigDecimal amountMin,
                               @NotNull BigDecimal amountMax, int termMinMonths, int termMaxMonths, int spreadMinBp,
                               int spreadMaxBp, @NotEmpty Set<RepaymentMethod> repaymentMethods,
                               @NotNull Requirement guarantor, @NotNull Requirement insurance, @NotNull TargetGroup target,
                               Set<String> parks, InterestConvention interest, CreditEnhancement.Terms enhancements) {

        public ProductDraft {
            if (interest == null) interest = InterestConvention.MONTHLY;
        }

        /** A draft by the monthly convention whose limit is the pledge's alone (JSON binds the canonical constructor). */
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DISABLED)
        public ProductDraft(String code, String name, String description, Map<IpKind, BigDecimal> maxPledgeRates,
                            BigDecimal amountMin, BigDecimal amountMax, int termMinMonths, int termMaxMonths,
                            int spreadMinBp, int spreadMaxBp, Set<RepaymentMethod> repaymentMethods, Requirement guarantor,
                            Requirement insurance, TargetGroup target, Set<String> parks) {
            this(code, name, description, maxPledgeRates, amountMin, amountMax, termMinMonths, termMaxMonths, spreadMinBp,
                    spreadMaxBp, repaymentMethods, guarantor, insurance, target, parks, InterestConvention.MONTHLY, null);
        }
    }

    @Transactional
    public Product publish(Actor actor, ProductDraft d) {
        if (!actor.has(Role.BANK_OFFICER) && !actor.has(Role.BANK_APPROVER)) {
            throw new AccessDeniedException("only a bank publishes products");
        }
        Set<String> parks = d.parks() == null ? Set.of() : new TreeSet<>(d.parks());
        try {
            new ProductTerms(d.maxPledgeRates(), Money.of(d.amountMin()), Money.of(d.amountMax()), d.termMinMonths(),
                    d.termMaxMonths(), d.spreadMinBp(), d.spreadMaxBp(), d.repaymentMethods(), d.guarantor(),
                    d.insurance(), d.target(), parks);
        } catch (IllegalArgumentException e) {
            throw LendingRules.PRODUCT_TERMS.violation(e.getMessage());
        }
        CreditEnhancement.Terms e = d.enhancements() == null ? CreditEnhancement.Terms.none() : d.enhancements();
        Timestamp now = Timestamp.from(clock.instant());
        Integer previous = jdbc.sql("""
                        update loan_product set retired_at = :now
                        where bank_org_id = :bank and code = :code and retired_at is null returning version_no""")
                .param("now", now).param("bank", actor.orgId()).param("code", d.code().strip())
                .query(Integer.class).optional().orElse(null);
        int versionNo = previous == null ? 1 : previous + 1;
        long id = jdbc.sql("""
                        insert into loan_product (bank_org_id, code, version_no, name, description, amount_min, amount_max,
                            term_min_months, term_max_months, spread_min_bp, spread_max_bp, repayment_methods, guarantor,
                            insurance, target, parks, published_by, published_at, interest_basis, day_count,
                            guarantee_rate, guarantee_cap, insurance_rate, insurance_cap, credit_rate, credit_cap)
                        values (:bank, :code, :v, :name, :description, :amin, :amax, :tmin, :tmax, :smin, :smax, :methods,
                            :guarantor, :insurance, :target, :parks, :user, :now, :basis, :dayCount, :grate, :gcap, :irate,
                            :icap, :crate, :ccap) returning id""")
                .param("grate", rate(e.guarantee())).param("gcap", cap(e.guarantee()))
                .param("irate", rate(e.insurance())).param("icap", cap(e.insurance()))
                .param("crate", rate(e.credit())).param("ccap", cap(e.credit()))
                .param("bank", actor.orgId()).param("code", d.code().strip()).param("v", versionNo)
                .param("name", d.name().strip()).param("description", d.description())
                .param("amin", d.amountMin()).param("amax", d.amountMax())
                .param("tmin", d.termMinMonths()).param("tmax", d.termMaxMonths())
                .param("smin", d.spreadMinBp()).param("smax", d.spreadMaxBp())
                .param("methods", d.repaymentMethods().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("guarantor", d.guarantor().name()).param("insurance", d.insurance().name())
                .param("target", d.target().name()).param("parks", parks.toArray(String[]::new))
                .param("user", actor.username()).param("now", now)
                .param("basis", d.interest().basis().name()).param("dayCount", d.interest().dayCount().name())
                .query(Long.class).single();
        d.maxPledgeRates().forEach((kind, rate) -> jdbc.sql(
                        "insert into loan_product_rate (product_id, ip_kind, max_pledge_rate) values (:p, :k, :r)")
                .param("p", id).param("k", kind.name()).param("r", rate).update());
        Product product = get(id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("productId", id);
        after.put("version", versionNo);
        after.put("maxPledgeRates", product.maxPledgeRates());
        after.put("amount", d.amountMin() + "–" + d.amountMax());
        after.put("spreadBp", d.spreadMinBp() + "–" + d.spreadMaxBp());
        after.put("interest", d.interest().name());
        events.publishEvent(new LedgerFact(actor, "PRODUCT", actor.orgId() + ":" + d.code().strip(),
                previous == null ? "PUBLISHED" : "NEW_VERSION", List.of(actor.orgId()), null, after));
        return product;
    }

    /** The current version of every product, the catalogue enterprises browse; public within the platform. */
    @Transactional(readOnly = true)
    public List<Product> catalogue() {
        return jdbc.sql(SELECT + " where p.retired_at is null order by o.name, p.code").query(Products::row).list();
    }

    /** Any version, current or retired (a loan's own version). */
    @Transactional(readOnly = true)
    public Optional<Product> find(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(Products::row).optional();
    }

    public Product get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFound("product", id));
    }

    @Transactional(readOnly = true)
    public List<Product> versions(long bankOrgId, String code) {
        return jdbc.sql(SELECT + " where p.bank_org_id = :b and p.code = :c order by p.version_no")
                .param("b", bankOrgId).param("c", code).query(Products::row).list();
    }

    static Product row(ResultSet rs, int i) throws SQLException {
        Map<IpKind, BigDecimal> rates = new EnumMap<>(IpKind.class);
        for (String pair : strings(rs.getArray("rates"))) {
            String[] kv = pair.split("=");
            rates.put(IpKind.valueOf(kv[0]), new BigDecimal(kv[1]));
        }
        Set<RepaymentMethod> methods = EnumSet.noneOf(RepaymentMethod.class);
        for (String m : strings(rs.getArray("repayment_methods"))) methods.add(RepaymentMethod.valueOf(m));
        return new Product(rs.getLong("id"), rs.getLong("bank_org_id"), rs.getString("bank_name"), rs.getString("code"),
                rs.getInt("version_no"), rs.getString("name"), rs.getString("description"), rates,
                rs.getBigDecimal("amount_min"), rs.getBigDecimal("amount_max"), rs.getInt("term_min_months"),
                rs.getInt("term_max_months"), rs.getInt("spread_min_bp"), rs.getInt("spread_max_bp"), methods,
                Requirement.valueOf(rs.getString("guarantor")), Requirement.valueOf(rs.getString("insurance")),
                TargetGroup.valueOf(rs.getString("target")), new TreeSet<>(strings(rs.getArray("parks"))),
                rs.getTimestamp("published_at").toInstant(), rs.getTimestamp("retired_at") == null,
                InterestConvention.of(InterestBasis.valueOf(rs.getString("interest_basis")), DayCount.valueOf(rs.getString("day_count"))),
                new CreditEnhancement.Terms(addition(rs, "guarantee"), addition(rs, "insurance"), addition(rs, "credit")));
    }

    private static CreditEnhancement.Addition addition(ResultSet rs, String kind) throws SQLException {
        BigDecimal rate = rs.getBigDecimal(kind + "_rate");
        return rate == null ? null : new CreditEnhancement.Addition(rate, Money.of(rs.getBigDecimal(kind + "_cap")));
    }

    private static BigDecimal rate(CreditEnhancement.Addition a) {
        return a == null ? null : a.rate();
    }

    private static BigDecimal cap(CreditEnhancement.Addition a) {
        return a == null ? null : a.cap().amount();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
