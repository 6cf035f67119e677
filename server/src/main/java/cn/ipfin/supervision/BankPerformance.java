package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.supervision.LoanFact;
import cn.ipfin.core.supervision.NplTolerance;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.core.supervision.ReportingStatus;
import cn.ipfin.core.supervision.rating.BankRanking;
import cn.ipfin.core.supervision.rating.BankYear;
import cn.ipfin.core.supervision.rating.InternalMeasure;
import cn.ipfin.core.supervision.rating.RatingCriteria;
import cn.ipfin.core.supervision.rating.RatingCriteriaFile;
import cn.ipfin.shared.Actor;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The year's ranking of the district's banks and their demonstration-bank rating (Shenzhen 004 (十七)), scored on the
 * shipped criteria file from what the platform knows of each bank's year: the IP pledge loans it disbursed in the
 * year (amount, count, enterprises), its NPL tolerance in the year's last quarter it reported an overall NPL rate for,
 * its quarterly reports (first submission by the due date), and the internal measures in force at the year's end
 * (or today, for the current year).
 */
@Service
public class BankPerformance {

    private static final RatingCriteria CRITERIA = RatingCriteriaFile.shipped();

    private final QuarterlyStatistics statistics;
    private final PlatformFigures platform;
    private final BankMeasures measures;
    private final Clock clock;

    BankPerformance(QuarterlyStatistics statistics, PlatformFigures platform, BankMeasures measures, Clock clock) {
        this.statistics = statistics;
        this.platform = platform;
        this.measures = measures;
        this.clock = clock;
    }

    public record Ranking(int year, LocalDate asOf, RatingCriteria criteria, List<BankRanking.RankedBank> banks) {
    }

    public static RatingCriteria criteria() {
        return CRITERIA;
    }

    public Ranking ranking(Actor actor, int year) {
        LocalDate today = LocalDate.now(clock);
        if (year > today.getYear()) throw PerformanceRules.RANKING_YEAR.violation(Integer.toString(year));
        LocalDate asOf = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
        return new Ranking(year, asOf, CRITERIA, BankRanking.rank(CRITERIA, years(actor, year, asOf)));
    }

    private List<BankYear> years(Actor actor, int year, LocalDate asOf) {
        String district = platform.districtOf(actor.orgId());
        List<Quarter> quarters = new ArrayList<>();
        for (int n = 1; n <= 4 && !new Quarter(year, n).firstDay().isAfter(asOf); n++) quarters.add(new Quarter(year, n));

        Map<Long, LoanFact> lent = new HashMap<>();
        Map<Long, NplTolerance> tolerance = new HashMap<>();
        Map<Long, int[]> reports = new HashMap<>(); // bank → {due, on time}
        for (Quarter q : quarters) {
            for (LoanFact loan : platform.loans(district, q)) {
                if (q.contains(loan.disbursedOn())) lent.put(loan.loanId(), loan);
            }
            for (QuarterlyStatistics.BankLine line : statistics.of(actor, q).banks()) {
                if (line.tolerance() != null) tolerance.put(line.bankId(), line.tolerance());
                int[] count = reports.computeIfAbsent(line.bankId(), id -> new int[2]);
                if (line.status() != ReportingStatus.NOT_YET_DUE) count[0]++;
                if (line.status() == ReportingStatus.ON_TIME) count[1]++;
            }
        }
        List<PlatformFigures.Bank> banks = platform.banks(district);
        var inForce = measures.inForce(banks.stream().map(PlatformFigures.Bank::id).toList(), asOf);
        List<BankYear> years = new ArrayList<>();
        for (PlatformFigures.Bank bank : banks) {
            Money amount = Money.zero();
            int count = 0;
            Set<Long> enterprises = new HashSet<>();
            for (LoanFact loan : lent.values()) {
                if (loan.bankId() != bank.id()) continue;
                amount = amount.plus(loan.principal());
                count++;
                enterprises.add(loan.enterpriseId());
            }
            NplTolerance npl = tolerance.get(bank.id());
            int[] r = reports.getOrDefault(bank.id(), new int[2]);
            Set<InternalMeasure> has = BankMeasures.kinds(inForce.get(bank.id()));
            years.add(new BankYear(bank.id(), bank.name(), bank.nameEn(), amount, count, enterprises.size(),
                    npl == null ? null : npl.tolerated(), r[0], r[1], has.contains(InternalMeasure.DUE_DILIGENCE_EXEMPTION),
                    has.contains(InternalMeasure.SEPARATE_CREDIT_PLAN)));
        }
        return years;
    }
}
