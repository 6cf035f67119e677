package cn.ipfin.shared.web;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Money for the pages, in the reader's language: {@code ${@money.yuan(x)}} for amounts in 元 and
 * {@code ${@money.wan(x)}} for report figures in 万元.
 */
@Component("money")
public class MoneyView {

    public String yuan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        Money money = Money.of(amount);
        return english() ? MoneyFormat.yuanEn(money) : MoneyFormat.yuan(money);
    }

    public String wan(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        Money money = Money.of(amount);
        return english() ? MoneyFormat.wanYuanEn(money) : MoneyFormat.wanYuan(money);
    }

    /**
     * The figure alone ("6,258,000.00") for a table whose column header states the unit ({@code #{unit.yuan}}: 本金（元）);
     * a unit repeated in every cell is noise a clerk reads past.
     */
    public String yuanFigure(BigDecimal amount) {
        return amount == null ? "" : MoneyFormat.figure(Money.of(amount));
    }

    /** The figure in 万元 alone ("625.80"), for overview tables whose header says 万元. */
    public String wanFigure(BigDecimal amount) {
        return amount == null ? "" : MoneyFormat.figure(Money.of(MoneyFormat.inWan(Money.of(amount))));
    }

    /** A rate stored as a fraction (0.0345) shown as a percentage (3.45%). */
    public String percent(BigDecimal fraction) {
        return fraction == null ? "" : MoneyFormat.percent(fraction);
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
