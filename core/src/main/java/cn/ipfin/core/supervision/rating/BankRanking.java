package cn.ipfin.core.supervision.rating;

import cn.ipfin.core.supervision.rating.RatingCriteria.Criterion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The year's performance ranking of the district's banks and their demonstration-bank rating (Shenzhen 004 (十七)):
 * each bank's points on each criterion of the {@link RatingCriteria}, with the sum that gives them in both languages,
 * their total, and a rank. Each criterion's points are rounded once, half up, to 2 decimals, and the total is the sum
 * of the points shown. Banks with the same total share a rank (1, 1, 3); a bank is a demonstration bank when its total
 * reaches the criteria's pass mark.
 */
public final class BankRanking {

    private static final int SCALE = 2;

    private BankRanking() {
    }

    /** One criterion's points for one bank, and how they were found. */
    public record Points(Criterion criterion, BigDecimal points, String zh, String en) {
    }

    public record RankedBank(int rank, BankYear bank, BigDecimal total, List<Points> points, boolean demonstration) {
    }

    public static List<RankedBank> rank(RatingCriteria criteria, List<BankYear> banks) {
        List<RankedBank> scored = new ArrayList<>();
        for (BankYear bank : banks) {
            List<Points> points = criteria.criteria().stream().map(c -> points(c, bank, banks)).toList();
            BigDecimal total = points.stream().map(Points::points).reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
            scored.add(new RankedBank(0, bank, total, points, total.compareTo(criteria.demonstrationPoints()) >= 0));
        }
        scored.sort(Comparator.comparing(RankedBank::total).reversed()
                .thenComparing(r -> r.bank().newAmount(), Comparator.reverseOrder())
                .thenComparingLong(r -> r.bank().bankId()));
        List<RankedBank> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            RankedBank r = scored.get(i);
            boolean tie = i > 0 && scored.get(i - 1).total().compareTo(r.total()) == 0;
            int rank = tie ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new RankedBank(rank, r.bank(), r.total(), r.points(), r.demonstration()));
        }
        return List.copyOf(ranked);
    }

    private static Points points(Criterion c, BankYear bank, List<BankYear> all) {
        BigDecimal w = c.weight();
        return switch (c.measure()) {
            case NEW_AMOUNT -> relative(c, bank, all, b -> b.newAmount().toFen(), true);
            case NEW_LOANS -> relative(c, bank, all, BankYear::newLoans, false);
            case CUSTOMERS -> relative(c, bank, all, BankYear::customers, false);
            case NPL_TOLERATED -> bank.nplTolerated() == null
                    ? new Points(c, zero(), "未报送本行各项贷款不良率，无法比较：0 分",
                    "no overall NPL rate reported to compare with: 0 points")
                    : yesNo(c, bank.nplTolerated(), "在 3 个百分点（含）以内", "within 3 points (inclusive)",
                    "高出 3 个百分点以上", "more than 3 points above");
            case REPORTS_ON_TIME -> share(c, bank.reportsOnTime(), bank.reportsDue());
            case DUE_DILIGENCE_EXEMPTION -> yesNo(c, bank.dueDiligenceExemption(), "已建立", "in place", "未登记", "not recorded");
            case SEPARATE_CREDIT_PLAN -> yesNo(c, bank.separateCreditPlan(), "已单列", "in place", "未登记", "not recorded");
        };
    }

    private static Points relative(Criterion c, BankYear bank, List<BankYear> all, ToLongFunction<BankYear> figure,
                                   boolean fen) {
        long value = figure.applyAsLong(bank);
        long best = all.stream().mapToLong(figure).max().orElse(0);
        String w = plain(c.weight());
        if (best <= 0) return new Points(c, zero(), "各行均为 0：0 分", "no bank has any: 0 points");
        BigDecimal points = c.weight().multiply(BigDecimal.valueOf(value)).divide(BigDecimal.valueOf(best), SCALE,
                RoundingMode.HALF_UP);
        String v = fen ? yuan(value) : Long.toString(value);
        String b = fen ? yuan(best) : Long.toString(best);
        String p = points.toPlainString();
        return new Points(c, points, "本行 " + v + "，最高 " + b + "：" + w + " × " + v + " ÷ " + b + " = " + p + " 分",
                v + " against the best " + b + ": " + w + " × " + v + " ÷ " + b + " = " + p + " points");
    }

    private static Points yesNo(Criterion c, boolean yes, String zhYes, String enYes, String zhNo, String enNo) {
        return yes ? new Points(c, c.weight().setScale(SCALE, RoundingMode.UNNECESSARY), zhYes + "：" + plain(c.weight()) + " 分",
                enYes + ": " + plain(c.weight()) + " points")
                : new Points(c, zero(), zhNo + "：0 分", enNo + ": 0 points");
    }

    private static Points share(Criterion c, int part, int whole) {
        String w = plain(c.weight());
        if (whole == 0) {
            return new Points(c, c.weight().setScale(SCALE, RoundingMode.UNNECESSARY), "本年尚无到期的报告：" + w + " 分",
                    "no report due yet this year: " + w + " points");
        }
        BigDecimal points = c.weight().multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), SCALE,
                RoundingMode.HALF_UP);
        String p = points.toPlainString();
        return new Points(c, points, "按时 " + part + " 份，应报 " + whole + " 份：" + w + " × " + part + " ÷ " + whole
                + " = " + p + " 分", part + " of " + whole + " on time: " + w + " × " + part + " ÷ " + whole + " = " + p
                + " points");
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }

    private static String plain(BigDecimal weight) {
        return weight.stripTrailingZeros().toPlainString();
    }

    /** Amounts in yuan with thousands separators, as the lists show them (the page says the unit). */
    private static String yuan(long fen) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(BigDecimal.valueOf(fen, 2));
    }
}
