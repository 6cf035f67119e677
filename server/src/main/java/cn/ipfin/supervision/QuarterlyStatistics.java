package cn.ipfin.supervision;

import cn.ipfin.core.supervision.Indicators;
import cn.ipfin.core.supervision.LoanFact;
import cn.ipfin.core.supervision.NplTolerance;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.core.supervision.QuarterlyIndicators;
import cn.ipfin.core.supervision.ReportingStatus;
import cn.ipfin.shared.Actor;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
    private final BankReports reports;
    private final Clock clock;

    QuarterlyStatistics(PlatformFigures platform, BankReports reports, Clock clock) {
        this.platform = platform;
        this.reports = reports;
        this.clock = clock;
    }

    /** One bank's line of the quarter. {@code submitted} and {@code tolerance} are null when nothing is submitted. */
    public record BankLine(long bankId, String bankName, String bankNameEn, Indicators platform, BankReport submitted,
                           ReportingStatus status, NplTolerance tolerance) {
    }

    public record Statistics(Quarter quarter, LocalDate asOf, List<BankLine> banks, Indicators district,
                             Map<String, Indicators> byKind, Map<String, Indicators> byPark,
                             Map<String, Indicators> bySize) {

        public List<BankLine> behind() {
            return banks.stream().filter(b -> b.status().behind()).toList();
        }
    }

    /** The district's figures over the {@code count} quarters ending with {@code last}, oldest first. */
    public List<Map.Entry<Quarter, Indicators>> trend(Actor actor, Quarter last, int count) {
        String district = platform.districtOf(actor.orgId());
        var quarters = new java.util.ArrayList<Quarter>();
        for (Quarter q = last; quarters.size() < count; q = q.previous()) quarters.addFirst(q);
        return quarters.stream().map(q -> Map.entry(q, QuarterlyIndicators.of(q, platform.loans(district, q)))).toList();
    }

    /** The loans behind a figure: the quarter's loans, of one bank and one collateral kind when given. */
    List<PlatformFigures.LoanLine> loans(Actor actor, Quarter quarter, Long bankId, String kind) {
        return platform.lines(platform.districtOf(actor.orgId()), quarter).stream()
                .filter(l -> bankId == null || l.fact().bankId() == bankId)
                .filter(l -> kind == null || kind.equals(l.fact().collateralKind() == null ? "—" : l.fact().collateralKind()))
                .toList();
    }

    public Statistics of(Actor actor, Quarter quarter) {
        String district = platform.districtOf(actor.orgId());
        List<LoanFact> loans = platform.loans(district, quarter);
        Map<Long, Indicators> byBank = QuarterlyIndicators.byBank(quarter, loans);
        Map<Long, BankReports.Latest> submitted = reports.latest(quarter).stream()
                .collect(Collectors.toMap(l -> l.report().bankId(), Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<BankLine> lines = platform.banks(district).stream().map(bank -> {
            Indicators figures = byBank.getOrDefault(bank.id(), QuarterlyIndicators.of(quarter, List.of()));
            BankReports.Latest latest = submitted.get(bank.id());
            ReportingStatus status = ReportingStatus.of(quarter, latest == null ? null : latest.firstSubmittedOn(), today);
            NplTolerance tolerance = latest == null || figures.nplRate() == null ? null
                    : new NplTolerance(figures.nplRate(), latest.report().overallNplRate());
            return new BankLine(bank.id(), bank.name(), bank.nameEn(), figures, latest == null ? null : latest.report(),
                    status, tolerance);
        }).toList();
        return new Statistics(quarter, today, lines, QuarterlyIndicators.of(quarter, loans),
                QuarterlyIndicators.by(quarter, loans, LoanFact::collateralKind),
                QuarterlyIndicators.by(quarter, loans, LoanFact::park),
                QuarterlyIndicators.by(quarter, loans, LoanFact::enterpriseSize));
    }
}
