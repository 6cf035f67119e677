package cn.ipfin.supervision;

import cn.ipfin.core.supervision.Indicators;
import cn.ipfin.core.supervision.NplTolerance;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.core.supervision.QuarterFigures;
import cn.ipfin.core.supervision.ReportingStatus;
import cn.ipfin.shared.Actor;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A quarter's statistics for the district: per bank, the platform's figures beside the bank's submitted ones, where
 * the bank stands with its report, and its NPL tolerance (the platform's IP pledge NPL rate against the overall rate
 * the bank reports); and the platform's figures split by collateral kind, park and enterprise size.
 */
@Service
public class QuarterlyStatistics {

    private final PlatformFigures platform;
    private final QuarterHistory history;
    private final QuarterEndPositions positions;
    private final BankReports reports;
    private final Clock clock;

    QuarterlyStatistics(PlatformFigures platform, QuarterHistory history, QuarterEndPositions positions,
                        BankReports reports, Clock clock) {
        this.platform = platform;
        this.history = history;
        this.positions = positions;
        this.reports = reports;
        this.clock = clock;
    }

    /** One bank's line of the quarter. {@code submitted} and {@code tolerance} are null when nothing is submitted. */
    public record BankLine(long bankId, String bankName, String bankNameEn, Indicators platform, BankReport submitted,
                           ReportingStatus status, NplTolerance tolerance) {
    }

    /**
     * @param asOf     the day the balances and classes are as of: the quarter's last day once it has ended, else today
     * @param snapshot how the figures were taken (at the quarter-end close, or later on demand)
     */
    public record Statistics(Quarter quarter, LocalDate asOf, List<BankLine> banks, Indicators district,
                             Map<String, Indicators> byKind, Map<String, Indicators> byPark,
                             Map<String, Indicators> bySize, QuarterHistory.Snapshot snapshot) {

        public List<BankLine> behind() {
            return banks.stream().filter(b -> b.status().behind()).toList();
        }
    }

    /** The district's figures over the {@code count} quarters ending with {@code last}, oldest first, as kept. */
    public List<Map.Entry<Quarter, Indicators>> trend(Actor actor, Quarter last, int count) {
        return history.trend(platform.districtOf(actor.orgId()), last, count).stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().indicators())).toList();
    }

    /** The loans behind a figure as they stood at the quarter's end: of one bank and one collateral kind when given. */
    List<PlatformFigures.LoanLine> loans(Actor actor, Quarter quarter, Long bankId, String kind) {
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = quarter.hasEndedBy(today) ? quarter.lastDay() : today;
        return positions.lines(platform.districtOf(actor.orgId()), quarter, asOf, bankId, kind);
    }

    public Statistics of(Actor actor, Quarter quarter) {
        String district = platform.districtOf(actor.orgId());
        QuarterHistory.Figures figures = history.figures(district, quarter);
        Map<String, QuarterFigures> byBank = figures.of(QuarterHistory.BANK);
        Map<Long, BankReports.Latest> submitted = reports.latest(quarter).stream()
                .collect(Collectors.toMap(l -> l.report().bankId(), Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<BankLine> lines = platform.banks(district).stream().map(bank -> {
            Indicators platformFigures = byBank.getOrDefault(Long.toString(bank.id()), QuarterFigures.NONE).indicators();
            BankReports.Latest latest = submitted.get(bank.id());
            ReportingStatus status = ReportingStatus.of(quarter, latest == null ? null : latest.firstSubmittedOn(), today);
            NplTolerance tolerance = latest == null || platformFigures.nplRate() == null ? null
                    : new NplTolerance(platformFigures.nplRate(), latest.report().overallNplRate());
            return new BankLine(bank.id(), bank.name(), bank.nameEn(), platformFigures,
                    latest == null ? null : latest.report(), status, tolerance);
        }).toList();
        return new Statistics(quarter, figures.snapshot().asOf(), lines, figures.district().indicators(),
                indicators(figures.of(QuarterHistory.KIND)), indicators(figures.of(QuarterHistory.PARK)),
                indicators(figures.of(QuarterHistory.SIZE)), figures.snapshot());
    }

    private static Map<String, Indicators> indicators(Map<String, QuarterFigures> figures) {
        Map<String, Indicators> result = new TreeMap<>();
        figures.forEach((member, f) -> result.put(member, f.indicators()));
        return result;
    }
}
