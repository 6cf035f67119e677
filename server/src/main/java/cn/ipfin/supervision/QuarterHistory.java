package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.core.supervision.QuarterFigures;
import cn.ipfin.servicing.DayClosed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Supervision's own quarter-end figures, per district and quarter: the daily close of a quarter's last day takes them
 * (servicing's {@link DayClosed}), and a quarter that ended before any close took it is taken the first time it is
 * asked for. The dashboard's charts and the bulletins read these sums, never the district's loans, so they answer in
 * the same time over a million loans as over ten.
 */
@Service
public class QuarterHistory {

    static final String DISTRICT = "DISTRICT";
    static final String BANK = "BANK";
    static final String KIND = "KIND";
    static final String PARK = "PARK";
    static final String SIZE = "SIZE";

    private final QuarterEndPositions positions;
    private final JdbcClient jdbc;
    private final Clock clock;

    QuarterHistory(QuarterEndPositions positions, JdbcClient jdbc, Clock clock) {
        this.positions = positions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How a quarter's figures were taken; {@code source} null for a quarter not yet ended (figures as of today). */
    public record Snapshot(Quarter quarter, LocalDate asOf, String source, Instant takenAt, int loans) {
        public boolean taken() {
            return source != null;
        }
    }

    /** A quarter's figures by dimension, then member (bank id as text, kind, park, size; "" for the district). */
    public record Figures(Snapshot snapshot, Map<String, Map<String, QuarterFigures>> byDimension) {

        public QuarterFigures district() {
            return of(DISTRICT).getOrDefault("", QuarterFigures.NONE);
        }

        public Map<String, QuarterFigures> of(String dimension) {
            return byDimension.getOrDefault(dimension, Map.of());
        }
    }

    /** At the close of a quarter's last day, every district's quarter as the close left it. */
    @ApplicationModuleListener
    public void on(DayClosed closed) {
        closedQuarter(closed.businessDate())
                .ifPresent(quarter -> districts().forEach(district -> take(district, quarter, "CLOSE")));
    }

    /** The quarter a day's close completes: only its last day's. */
    static Optional<Quarter> closedQuarter(LocalDate day) {
        Quarter quarter = Quarter.of(day);
        return day.equals(quarter.lastDay()) ? Optional.of(quarter) : Optional.empty();
    }

    /** Takes (or takes again) a district's quarter as of its last day. */
    @Transactional
    public Snapshot take(String district, Quarter quarter, String source) {
        jdbc.sql("delete from supervision_quarter_snapshot where district = :d and year = :y and quarter = :q")
                .param("d", district).param("y", quarter.year()).param("q", quarter.number()).update();
        return store(district, quarter, source).orElseThrow();
    }

    /**
     * The quarter's figures: those kept for an ended quarter (taken now when none were), or today's for the quarter
     * under way, which are not kept.
     */
    @Transactional
    public Figures figures(String district, Quarter quarter) {
        LocalDate today = LocalDate.now(clock);
        if (!quarter.hasEndedBy(today)) {
            var groups = positions.groups(district, quarter, today);
            int loans = groups.stream().filter(g -> g.dimension().equals(DISTRICT)).mapToInt(QuarterEndPositions.Group::loans)
                    .sum();
            var by = new TreeMap<String, Map<String, QuarterFigures>>();
            for (var g : groups) by.computeIfAbsent(g.dimension(), k -> new TreeMap<>()).put(g.member(), g.figures());
            return new Figures(new Snapshot(quarter, today, null, clock.instant(), loans), by);
        }
        Snapshot snapshot = snapshot(district, quarter).or(() -> store(district, quarter, "ON_DEMAND"))
                .or(() -> snapshot(district, quarter)).orElseThrow();
        var by = new TreeMap<String, Map<String, QuarterFigures>>();
        jdbc.sql("""
                        select dimension, member, new_loans, new_amount, balance, customers, pledged_principal,
                               pledged_value, npl_balance
                        from supervision_quarter_figure where district = :d and year = :y and quarter = :q""")
                .param("d", district).param("y", quarter.year()).param("q", quarter.number())
                .query(rs -> {
                    by.computeIfAbsent(rs.getString("dimension"), k -> new TreeMap<>())
                            .put(rs.getString("member"), figures(rs));
                });
        return new Figures(snapshot, by);
    }

    /** The district's figures over the {@code count} quarters ending with {@code last}, oldest first. */
    @Transactional
    public List<Map.Entry<Quarter, QuarterFigures>> trend(String district, Quarter last, int count) {
        var quarters = new ArrayList<Quarter>();
        for (Quarter q = last; quarters.size() < count; q = q.previous()) quarters.addFirst(q);
        Quarter first = quarters.getFirst();
        var kept = new TreeMap<Quarter, QuarterFigures>();
        jdbc.sql("""
                        select year, quarter, new_loans, new_amount, balance, customers, pledged_principal, pledged_value,
                               npl_balance
                        from supervision_quarter_figure
                        where district = :d and dimension = 'DISTRICT' and member = ''
                          and (year, quarter) between (:fy, :fq) and (:ly, :lq)""")
                .param("d", district).param("fy", first.year()).param("fq", first.number())
                .param("ly", last.year()).param("lq", last.number())
                .query(rs -> {
                    kept.put(new Quarter(rs.getInt("year"), rs.getInt("quarter")), figures(rs));
                });
        // a quarter never taken (or the one under way) is worked out once here
        return quarters.stream().map(q -> Map.entry(q, kept.containsKey(q) ? kept.get(q) : figures(district, q).district()))
                .toList();
    }

    Optional<Snapshot> snapshot(String district, Quarter quarter) {
        return jdbc.sql("""
                        select as_of, source, taken_at, loans from supervision_quarter_snapshot
                        where district = :d and year = :y and quarter = :q""")
                .param("d", district).param("y", quarter.year()).param("q", quarter.number())
                .query((rs, i) -> new Snapshot(quarter, rs.getObject("as_of", LocalDate.class), rs.getString("source"),
                        rs.getTimestamp("taken_at").toInstant(), rs.getInt("loans")))
                .optional();
    }

    /** Stores the quarter unless another request stored it first (then empty). */
    private Optional<Snapshot> store(String district, Quarter quarter, String source) {
        LocalDate asOf = quarter.lastDay();
        Instant takenAt = clock.instant();
        var groups = positions.groups(district, quarter, asOf);
        int loans = groups.stream().filter(g -> g.dimension().equals(DISTRICT)).mapToInt(QuarterEndPositions.Group::loans)
                .sum();
        int stored = jdbc.sql("""
                        insert into supervision_quarter_snapshot (district, year, quarter, as_of, source, taken_at, loans)
                        values (:d, :y, :q, :asOf, :source, :at, :loans) on conflict do nothing""")
                .param("d", district).param("y", quarter.year()).param("q", quarter.number()).param("asOf", asOf)
                .param("source", source).param("at", Timestamp.from(takenAt)).param("loans", loans).update();
        if (stored == 0) return Optional.empty();
        for (var g : groups) {
            QuarterFigures f = g.figures();
            jdbc.sql("""
                            insert into supervision_quarter_figure (district, year, quarter, dimension, member, new_loans,
                                new_amount, balance, customers, pledged_principal, pledged_value, npl_balance)
                            values (:d, :y, :q, :dimension, :member, :newLoans, :newAmount, :balance, :customers,
                                :pledgedPrincipal, :pledgedValue, :npl)""")
                    .param("d", district).param("y", quarter.year()).param("q", quarter.number())
                    .param("dimension", g.dimension()).param("member", g.member()).param("newLoans", f.newLoans())
                    .param("newAmount", f.newAmount().amount()).param("balance", f.balance().amount())
                    .param("customers", f.customers()).param("pledgedPrincipal", f.pledgedPrincipal().amount())
                    .param("pledgedValue", f.pledgedValue().amount()).param("npl", f.nplBalance().amount()).update();
        }
        return Optional.of(new Snapshot(quarter, asOf, source, takenAt, loans));
    }

    private List<String> districts() {
        return jdbc.sql("""
                        select distinct district from organisation_view
                        where type = 'BANK' and status = 'ACTIVE' and district is not null order by district""")
                .query(String.class).list();
    }

    private static QuarterFigures figures(ResultSet rs) throws SQLException {
        return new QuarterFigures(rs.getInt("new_loans"), Money.of(rs.getBigDecimal("new_amount")),
                Money.of(rs.getBigDecimal("balance")), rs.getInt("customers"),
                Money.of(rs.getBigDecimal("pledged_principal")), Money.of(rs.getBigDecimal("pledged_value")),
                Money.of(rs.getBigDecimal("npl_balance")));
    }
}
