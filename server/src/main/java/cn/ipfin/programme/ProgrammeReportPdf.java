package cn.ipfin.programme;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.shared.Actor;
import cn.ipfin.valuation.ChinesePdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** A programme's year report as a PDF in Chinese, for the office's files: the same figures as the page and the workbook. */
@Component
class ProgrammeReportPdf {

    private final ProgrammeApplications applications;
    private final ProgrammeDefinitions definitions;
    private final ITemplateEngine templates;
    private final ChinesePdf pdf;
    private final Clock clock;

    ProgrammeReportPdf(ProgrammeApplications applications, ProgrammeDefinitions definitions, ITemplateEngine templates,
                       ChinesePdf pdf, Clock clock) {
        this.applications = applications;
        this.definitions = definitions;
        this.templates = templates;
        this.pdf = pdf;
        this.clock = clock;
    }

    byte[] render(Actor actor, String key, int year) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("report", applications.report(actor, key, year));
        context.setVariable("programme", definitions.current(key));
        context.setVariable("font", ChinesePdf.FONT_FAMILY);
        context.setVariable("fmt", new Figures());
        context.setVariable("issuedOn", LocalDate.now(clock));
        return pdf.render(templates.process("programme/report-pdf", context));
    }

    /** Amounts in 元 as the tables show them. */
    public static final class Figures {
        public String yuan(Money amount) {
            return MoneyFormat.figure(amount);
        }
    }
}
