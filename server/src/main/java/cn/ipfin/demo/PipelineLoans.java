package cn.ipfin.demo;

import cn.ipfin.core.digest.Sha256;
import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.PledgeOffice;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.money.LprTable;
import cn.ipfin.core.money.Rate;
import cn.ipfin.lending.LoanApplications;
import cn.ipfin.lending.Product;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Gives each generated loan still in origination what its state requires, so that the next step can be taken by
 * the right demo user (issue 12: several could not be approved, and approving one without a product was a server
 * error): a current product of its bank that accepts its collateral and its amount and term; from VALUATION on, the
 * preparing officer and an appraised value per asset (25 % above what the pledge rates need); from DUE_DILIGENCE
 * on, the checklist, done with a document from PLEDGE_REGISTRATION on; from CREDIT_APPROVAL on, the pledges
 * registered (one registration per office, securing the principal); at CONTRACT, the approval and its pricing.
 */
final class PipelineLoans {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PipelineLoans.class);
    private static final List<LoanState> ORIGINATION = List.of(LoanState.APPLIED, LoanState.VALUATION,
            LoanState.DUE_DILIGENCE, LoanState.PLEDGE_REGISTRATION, LoanState.CREDIT_APPROVAL, LoanState.CONTRACT);
    private static final byte[] PDF = "%PDF-1.7\n% demo due-diligence document\n".getBytes(StandardCharsets.US_ASCII);
    /** The value of the collateral against what the pledge rates need: the demo's banks lend within their limits. */
    private static final BigDecimal COVER = new BigDecimal("1.25");

    private final JdbcTemplate jdbc;
    private final List<Product> catalogue;
    private final LprTable lpr;
    private final LocalDate today;

    PipelineLoans(JdbcTemplate jdbc, List<Product> catalogue, LprTable lpr, LocalDate today) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.lpr = lpr;
        this.today = today;
    }

    /** @param officers the officer of each bank by organisation id; {@code approvers} likewise */
    void prepare(Map<Long, String> officers, Map<Long, String> approvers) {
        List<Map<String, Object>> loans = jdbc.queryForList("""
                select id, loan_no, bank_org_id, enterprise_id, principal, term_months, state, applied_on from loan
                where state = any(?) order by id""", (Object) ORIGINATION.stream().map(Enum::name).toArray(String[]::new));
        for (Map<String, Object> loan : loans) {
            prepare(loan, officers.get(((Number) loan.get("bank_org_id")).longValue()),
                    approvers.get(((Number) loan.get("bank_org_id")).longValue()));
        }
    }

    private void prepare(Map<String, Object> loan, String officer, String approver) {
        long id = ((Number) loan.get("id")).longValue();
        long bank = ((Number) loan.get("bank_org_id")).longValue();
        int step = ORIGINATION.indexOf(LoanState.valueOf((String) loan.get("state")));
        List<Map<String, Object>> collateral = jdbc.queryForList(
                "select a.id, a.kind from loan_collateral c join ip_asset a on a.id = c.asset_id where c.loan_id = ? order by a.id", id);
        List<IpKind> kinds = collateral.stream().map(c -> IpKind.valueOf((String) c.get("kind"))).toList();
        BigDecimal requested = (BigDecimal) loan.get("principal");
        int requestedTerm = ((Number) loan.get("term_months")).intValue();
        Product product = catalogue.stream()
                .filter(p -> p.bankOrgId() == bank && kinds.stream().allMatch(p.maxPledgeRates()::containsKey))
                .min(Comparator.comparing((Product p) -> !p.terms().amountWithin(cn.ipfin.core.money.Money.of(requested)))
                        .thenComparing(p -> !p.terms().termWithin(requestedTerm)).thenComparing(Product::id))
                .orElse(null);
        if (product == null) {
            log.warn("No product of its bank accepts the collateral of {} ({}): left as generated", loan.get("loan_no"), kinds);
            return;
        }
        BigDecimal principal = requested.max(product.amountMin()).min(product.amountMax());
        int term = Math.max(product.termMinMonths(), Math.min(product.termMaxMonths(), requestedTerm));
        RepaymentMethod method = product.repaymentMethods().stream().sorted().findFirst().orElseThrow();
        jdbc.update("""
                        update loan set product_id = ?, repayment_method = ?, purpose = coalesce(purpose, '研发投入及流动资金周转'),
                            principal = ?, term_months = ?, prepared_by = ? where id = ?""",
                product.id(), method.name(), principal, term, step >= 1 ? officer : null, id);
        if (step >= 1) appraise(id, collateral, kinds, product, principal);
        if (step >= 2) checklist(id, bank, officer, step >= 3);
        if (step >= 4) register(loan, id, bank, collateral, kinds, principal);
        if (step >= 5) approve(id, approver, product);
    }

    /** Each asset's share of 125 % of what the pledge rates need for the principal, rounded up to the yuan. */
    private void appraise(long loanId, List<Map<String, Object>> collateral, List<IpKind> kinds, Product product,
                          BigDecimal principal) {
        BigDecimal each = principal.multiply(COVER).divide(BigDecimal.valueOf(collateral.size()), 2, RoundingMode.UP);
        for (int i = 0; i < collateral.size(); i++) {
            BigDecimal value = each.divide(product.maxPledgeRates().get(kinds.get(i)), 0, RoundingMode.UP);
            jdbc.update("update loan_collateral set appraised_value = ?, value_source = 'APPRAISED' where loan_id = ? and asset_id = ?",
                    value, loanId, collateral.get(i).get("id"));
        }
    }

    /** What a bank officer names the scans of the checklist's documents. */
    private static final java.util.Map<String, String> DOCUMENT_NAMES = java.util.Map.of("BUSINESS_LICENCE", "营业执照",
            "FINANCIAL_STATEMENTS", "财务报表", "IP_CERTIFICATES", "知识产权证书", "CREDIT_REPORT", "征信报告",
            "SITE_VISIT", "实地调查报告");

    private void checklist(long loanId, long bankId, String officer, boolean done) {
        List<String> items = LoanApplications.CHECKLIST;
        for (int i = 0; i < items.size(); i++) {
            Long document = null;
            if (done) {
                document = jdbc.queryForObject("""
                                insert into loan_document (loan_id, item_code, filename, content_type, size_bytes, sha256,
                                    content, uploaded_by, uploaded_org, uploaded_at)
                                values (?, ?, ?, 'application/pdf', ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                        loanId, items.get(i), DOCUMENT_NAMES.getOrDefault(items.get(i), "尽调材料") + ".pdf", PDF.length, Sha256.hex(PDF), PDF, officer, bankId,
                        Timestamp.valueOf(today.minusDays(3).atTime(10, 0)));
            }
            jdbc.update("""
                            insert into loan_checklist_item (loan_id, code, position, done_by, done_at, document_id)
                            values (?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    loanId, items.get(i), i, done ? officer : null,
                    done ? Timestamp.valueOf(today.minusDays(3).atTime(11, 0)) : null, document);
        }
    }

    /** One registration per office for the loan's pledge contract, each securing the principal. */
    private void register(Map<String, Object> loan, long loanId, long bankId, List<Map<String, Object>> collateral,
                          List<IpKind> kinds, BigDecimal principal) {
        LocalDate applied = ((Date) loan.get("applied_on")).toLocalDate();
        LocalDate on = today.minusDays(2).isBefore(applied) ? applied : today.minusDays(2);
        for (int i = 0; i < collateral.size(); i++) {
            PledgeOffice office = PledgeOffice.of(kinds.get(i));
            jdbc.update("""
                            insert into ip_pledge (asset_id, registration_no, pledgor_id, pledgee_org_id, loan_id,
                                registered_on, secured_amount) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                    collateral.get(i).get("id"), "Y" + on.getYear() + "97" + loanId + "-" + (office.ordinal() + 1),
                    loan.get("enterprise_id"), bankId, loanId, Date.valueOf(on), principal);
        }
    }

    private void approve(long loanId, String approver, Product product) {
        Rate oneYear = lpr.oneYearOn(today.minusDays(1));
        Rate rate = oneYear.plusBp(product.spreadMinBp());
        BigDecimal limit = jdbc.queryForObject("""
                select coalesce(sum(c.appraised_value * r.max_pledge_rate), 0) from loan_collateral c
                join ip_asset a on a.id = c.asset_id
                join loan_product_rate r on r.product_id = ? and r.ip_kind = a.kind where c.loan_id = ?""",
                BigDecimal.class, product.id(), loanId);
        jdbc.update("""
                        update loan set approved_by = ?, approved_on = ?, lpr = ?, spread_bp = ?, annual_rate = ?,
                            credit_limit = ? where id = ?""",
                approver, Date.valueOf(today.minusDays(1)), oneYear.annualFraction(), product.spreadMinBp(),
                rate.annualFraction(), limit.setScale(2, RoundingMode.DOWN), loanId);
    }
}
