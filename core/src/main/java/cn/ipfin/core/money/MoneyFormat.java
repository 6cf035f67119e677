package cn.ipfin.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money as Chinese bank and government users read it, and its English counterpart for the bilingual UI.
 * <ul>
 *   <li>{@link #yuan}: "1,234,567.89 元", the amount to the fen, thousands grouped by commas as in bank vouchers;</li>
 *   <li>{@link #wanYuan}: "123.46 万元", the unit of every table in the seeds (e.g. seed 002 attachment 2), at 2
 *       decimals of 万元 rounded HALF_UP (四舍五入, the rule of statistical reports);</li>
 *   <li>{@link #yuanEn}: "CNY 1,234,567.89";</li>
 *   <li>{@link #wanYuanEn}: "CNY 123.46 × 10,000". The figure stays the one of the Chinese report so that the two
 *       columns reconcile line by line; the unit is spelled out the way English editions of Chinese statistics label
 *       万元 columns ("10,000 yuan"), rather than converted to thousands or millions, which would change the digits.</li>
 * </ul>
 * Negative amounts carry a leading minus sign. Formatting never rounds {@link #yuan}: a Money is already exact.
 */
public final class MoneyFormat {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private MoneyFormat() {
    }

    public static String yuan(Money money) {
        return grouped(money.amount()) + " 元";
    }

    public static String wanYuan(Money money) {
        return grouped(inWan(money)) + " 万元";
    }

    public static String yuanEn(Money money) {
        return "CNY " + grouped(money.amount());
    }

    public static String wanYuanEn(Money money) {
        return "CNY " + grouped(inWan(money)) + " × 10,000";
    }

    /** "1,234,567.89": the amount with comma groups and no unit, for sentences that name the unit themselves. */
    public static String figure(Money money) {
        return grouped(money.amount());
    }

    /** A rate kept as a fraction, shown as a percentage without trailing zeros: 0.0345 is "3.45%", 0.05 is "5%". */
    public static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** The amount in 万元 at 2 decimals, HALF_UP, for reports that compute on the displayed figure. */
    public static BigDecimal inWan(Money money) {
        return money.amount().divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    /** Digits with comma groups; the value has scale 2 already, so nothing is rounded here. */
    private static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + whole.length() / 3 + 1);
        if (value.signum() < 0) out.append('-');
        int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, lead);
        for (int i = lead; i < whole.length(); i += 3) out.append(',').append(whole, i, i + 3);
        if (dot >= 0) out.append(plain, dot, plain.length());
        return out.toString();
    }
}
