package cn.ipfin.supervision;

import cn.ipfin.core.money.Money;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the platform knows of a financed loan, for a typical case: the enterprise, the rights pledged, the bank, the
 * amount, rate and term, and how the loan stands now. Read through the views lending, servicing, asset and party
 * publish; written as the case's prefilled Chinese text (a case is published in Chinese, 001 四.2).
 */
@Component
class CaseFacts {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final JdbcClient jdbc;
    private final MessageSource messages;

    CaseFacts(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    record Facts(long loanId, String loanNo, String district, String enterprise, String park, String industry,
                 String bank, Money principal, BigDecimal annualRate, int termMonths, LocalDate disbursedOn,
                 String state, String classification, Money outstanding, int daysPastDue, List<String> rights) {
    }

    /** The loan of {@code loanNo} if it is disbursed and its bank is in {@code district}. */
    Optional<Facts> of(String district, String loanNo) {
        return jdbc.sql("""
                        select l.id, l.loan_no, b.district, e.name as enterprise, e.park, e.industry_name, b.name as bank,
                               l.principal, l.annual_rate, l.term_months, l.disbursed_on, l.state,
                               coalesce(s.bank_classification, s.classification) as classification,
                               coalesce(s.principal_outstanding, 0) as outstanding, coalesce(s.dpd, 0) as dpd
                        from loan_view l
                        join organisation_view b on b.id = l.bank_org_id
                        join enterprise_view e on e.organisation_id = l.enterprise_id
                        left join loan_servicing_view s on s.loan_id = l.id
                        where l.loan_no = :no and b.district = :district and l.disbursed_on is not null""")
                .param("no", loanNo).param("district", district)
                .query((rs, i) -> new Facts(rs.getLong("id"), rs.getString("loan_no"), rs.getString("district"),
                        rs.getString("enterprise"), rs.getString("park"), rs.getString("industry_name"),
                        rs.getString("bank"), Money.of(rs.getBigDecimal("principal")), rs.getBigDecimal("annual_rate"),
                        rs.getInt("term_months"), rs.getObject("disbursed_on", LocalDate.class), rs.getString("state"),
                        rs.getString("classification"), Money.of(rs.getBigDecimal("outstanding")), rs.getInt("dpd"),
                        rights(rs.getLong("id"))))
                .optional();
    }

    private List<String> rights(long loanId) {
        return jdbc.sql("""
                        select a.kind, a.number, a.title from ip_pledge_view p join ip_asset_view a on a.id = p.asset_id
                        where p.loan_id = :loan order by a.kind, a.number""")
                .param("loan", loanId)
                .query((rs, i) -> messages.getMessage("ipKind." + rs.getString("kind"), null, rs.getString("kind"), CHINESE)
                        + "“" + rs.getString("title") + "”（" + rs.getString("number") + "）")
                .list();
    }

    /** The case's title as the office starts from. */
    static String title(Facts f) {
        return f.enterprise() + "以知识产权质押获得" + f.bank() + "贷款";
    }

    /** The facts in a paragraph, the text the office edits. */
    static String text(Facts f) {
        String who = f.enterprise() + (f.park() == null || f.park().isBlank() ? "" : "（" + f.park() + "）");
        String industry = f.industry() == null || f.industry().isBlank() ? "" : "，属" + f.industry();
        String rights = f.rights().isEmpty() ? "知识产权" : String.join("、", f.rights());
        return who + industry + "。该企业以" + rights + "出质，于 " + f.disbursedOn() + " 获得" + f.bank() + "知识产权质押贷款 "
                + f.principal().amount().toPlainString() + " 元，年利率 "
                + f.annualRate().movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%，期限 "
                + f.termMonths() + " 个月。" + outcome(f);
    }

    static String outcome(Facts f) {
        if (f.state().equals("REPAID")) return "贷款已结清。";
        if (f.classification() != null && List.of("SUBSTANDARD", "DOUBTFUL", "LOSS").contains(f.classification())) {
            return "贷款已列入不良。";
        }
        if (f.daysPastDue() > 0 || f.state().equals("OVERDUE")) return "贷款逾期 " + f.daysPastDue() + " 天。";
        return "目前按期还款，贷款余额 " + f.outstanding().amount().toPlainString() + " 元。";
    }
}
