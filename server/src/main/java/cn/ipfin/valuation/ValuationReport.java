package cn.ipfin.valuation;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.core.money.Rate;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The valuation report as a PDF in the Chinese layout (评估目的, 评估依据, 评估对象, 评估方法, 评估假设, 评估结论,
 * 有效期, signatures). Its figures are recomputed from the recorded inputs, so the report can be regenerated at any
 * time and says the same.
 */
@Component
class ValuationReport {

    static final String FONT_FAMILY = ChinesePdf.FONT_FAMILY;

    private final ITemplateEngine templates;
    private final ChinesePdf pdf;
    /** Its zone is the business time zone: the date a report was signed on is the date there. */
    private final java.time.Clock clock;

    ValuationReport(ITemplateEngine templates, ChinesePdf pdf, java.time.Clock clock) {
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** Money and rates for the report, always in Chinese. */
    public static final class Figures {
        public String yuan(Object amount) {
            return amount == null ? "—" : MoneyFormat.yuan(amount instanceof Money m ? m : Money.of((BigDecimal) amount));
        }

        public String wan(Object amount) {
            return amount == null ? "—" : MoneyFormat.wanYuan(amount instanceof Money m ? m : Money.of((BigDecimal) amount));
        }

        public String percent(Object rate) {
            BigDecimal fraction = rate instanceof Rate r ? r.annualFraction() : (BigDecimal) rate;
            return fraction == null ? "—" : MoneyFormat.percent(fraction);
        }
    }

    byte[] render(Valuation valuation, ValuationInputs inputs, ValuationComparison comparison) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("v", valuation);
        context.setVariable("inputs", inputs);
        context.setVariable("result", ValuationEngine.compute(inputs));
        context.setVariable("comparison", comparison);
        context.setVariable("font", FONT_FAMILY);
        context.setVariable("fmt", new Figures());
        context.setVariable("signedOn", valuation.signedAt() == null ? null
                : java.time.LocalDate.ofInstant(valuation.signedAt(), clock.getZone()));
        return pdf.render(templates.process("valuation/report", context));
    }
}
