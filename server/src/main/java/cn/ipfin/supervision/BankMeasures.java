package cn.ipfin.supervision;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.core.supervision.rating.InternalMeasure;
import cn.ipfin.shared.Actor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The internal measures each bank records (尽职免责 rules, a separate credit plan for IP loans, a dedicated policy;
 * Shenzhen 004 (二十), (三)), so the office sees who has them and the rating counts them. Records are never changed:
 * a newer document is a new record, and the one adopted last is in force.
 */
@Service
public class BankMeasures {

    private static final int DOCUMENT_LENGTH = 200;
    private static final RowMapper<Measure> ROW = (rs, i) -> new Measure(rs.getLong("id"), rs.getLong("bank_org_id"),
            InternalMeasure.valueOf(rs.getString("kind")), rs.getObject("adopted_on", LocalDate.class),
            rs.getString("document"), rs.getString("recorded_by"));

    private final JdbcClient jdbc;
    private final Clock clock;

    BankMeasures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Measure(long id, long bankId, InternalMeasure kind, LocalDate adoptedOn, String document,
                          String recordedBy) {
    }

    @Transactional
    public Measure record(Actor bank, InternalMeasure kind, LocalDate adoptedOn, String document) {
        if (bank.orgType() != OrgType.BANK) throw PerformanceRules.MEASURE_BANKS_ONLY.violation();
        String text = document == null ? "" : document.strip();
        if (text.isEmpty() || text.length() > DOCUMENT_LENGTH) throw PerformanceRules.MEASURE_DOCUMENT.violation();
        if (adoptedOn.isAfter(LocalDate.now(clock))) throw PerformanceRules.MEASURE_ADOPTED_LATER.violation(adoptedOn);
        return jdbc.sql("""
                        insert into bank_internal_measure (bank_org_id, kind, adopted_on, document, recorded_by, recorded_at)
                        values (:bank, :kind, :adopted, :document, :by, :at) returning *""")
                .param("bank", bank.orgId()).param("kind", kind.name()).param("adopted", adoptedOn)
                .param("document", text).param("by", bank.username())
                .param("at", java.sql.Timestamp.from(clock.instant())).query(ROW).single();
    }

    /** Everything a bank recorded, the latest adopted first. */
    public List<Measure> of(long bankId) {
        return jdbc.sql("""
                        select * from bank_internal_measure where bank_org_id = :bank
                        order by kind, adopted_on desc, id desc""")
                .param("bank", bankId).query(ROW).list();
    }

    /** The measures of each of the banks in force on {@code day}: the latest of each kind adopted by then. */
    Map<Long, Map<InternalMeasure, Measure>> inForce(List<Long> bankIds, LocalDate day) {
        if (bankIds.isEmpty()) return Map.of();
        return jdbc.sql("""
                        select distinct on (bank_org_id, kind) * from bank_internal_measure
                        where bank_org_id in (:banks) and adopted_on <= :day
                        order by bank_org_id, kind, adopted_on desc, id desc""")
                .param("banks", bankIds).param("day", day).query(ROW).list().stream()
                .collect(Collectors.groupingBy(Measure::bankId,
                        Collectors.toMap(Measure::kind, m -> m, (a, b) -> a, () -> new java.util.EnumMap<>(InternalMeasure.class))));
    }

    static Set<InternalMeasure> kinds(Map<InternalMeasure, Measure> measures) {
        return measures == null || measures.isEmpty() ? EnumSet.noneOf(InternalMeasure.class) : EnumSet.copyOf(measures.keySet());
    }
}
