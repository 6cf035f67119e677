package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.core.supervision.Quarter;
import cn.ipfin.shared.Actor;
import cn.ipfin.valuation.ChinesePdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The quarterly bulletin (季度通报, seed 001 四.3: "建立知识产权质押融资季度通报制度") as a PDF in Chinese: the district's
 * figures, each bank's figures beside its report, who reported late or not at all, and the NPL tolerance.
 */
@Component
class QuarterlyBulletin {

    private static final int TREND_QUARTERS = 4;

    private final QuarterlyStatistics statistics;
    private final ITemplateEngine templates;
    private final ChinesePdf pdf;
    private final MessageSource messages;
    private final Clock clock;

    QuarterlyBulletin(QuarterlyStatistics statistics, ITemplateEngine templates, ChinesePdf pdf, MessageSource messages,
                      Clock clock) {
        this.statistics = statistics;
        this.templates = templates;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    byte[] render(Actor actor, Quarter quarter) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("stats", statistics.of(actor, quarter));
        context.setVariable("trend", statistics.trend(actor, quarter, TREND_QUARTERS));
        context.setVariable("font", ChinesePdf.FONT_FAMILY);
        context.setVariable("fmt", new Figures(messages));
        context.setVariable("issuedOn", LocalDate.now(clock));
        return pdf.render(templates.process("supervision/bulletin", context));
    }

    /** Figures for the bulletin and the annual summary, always in Chinese. */
    public static final class Figures {

        private final MessageSource messages;

        Figures(MessageSource messages) {
            this.messages = messages;
        }

        public String wan(Money amount) {
            return amount == null ? "—" : MoneyFormat.figure(Money.of(MoneyFormat.inWan(amount)));
        }

        public String percent(BigDecimal fraction) {
            return fraction == null ? "—" : fraction.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP) + "%";
        }

        public String kind(String kind) {
            if (kind == null || kind.equals("—")) return "未登记质押";
            return messages.getMessage(kind.equals("MIXED") ? "supervision.kind.MIXED" : "ipKind." + kind, null, kind,
                    Locale.SIMPLIFIED_CHINESE);
        }
    }
}
