package cn.ipfin.servicing;

import cn.ipfin.core.digest.Sha256;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.servicing.CloseOutput;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.core.servicing.PostingKind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import cn.ipfin.shared.TableColumns;

/**
 * Collects what the close of one chunk produces, loan by loan: the posting rows for COPY, a running SHA-256 over
 * them in the order written (loan, day, kind — the order {@link CloseAudit} reads them back in), totals per kind,
 * classification changes and alerts.
 */
final class ChunkOutput implements CloseOutput {

    /** The close's postings, classification changes and alerts, each row in the order of these columns. */
    static final TableColumns POSTING = TableColumns.of("servicing_posting",
            "business_date", "loan_id", "kind", "debit_account", "credit_account", "amount", "run_date");
    static final TableColumns CLASSIFICATION = TableColumns.of("loan_classification",
            "loan_id", "effective_on", "classification", "previous", "dpd", "source", "reason", "recorded_by")
            .leaving("id");
    static final TableColumns ALERT = TableColumns.of("servicing_alert",
            "loan_id", "bank_org_id", "business_date", "kind", "detail")
            .leaving("id");

    private final LocalDate runDate;
    private final MessageDigest digest;
    final List<Object[]> postings = new ArrayList<>();
    final List<Object[]> classifications = new ArrayList<>();
    final List<Object[]> alerts = new ArrayList<>();
    final Map<PostingKind, Money> totals = new EnumMap<>(PostingKind.class);
    private long loanId;
    private long bankOrgId;

    ChunkOutput(LocalDate runDate) {
        this.runDate = runDate;
        this.digest = Sha256.digest();
    }

    void startLoan(long loanId, long bankOrgId) {
        this.loanId = loanId;
        this.bankOrgId = bankOrgId;
    }

    @Override
    public void post(LocalDate day, PostingKind kind, Money amount) {
        postings.add(new Object[]{day, loanId, kind.name(), kind.debit().code(), kind.credit().code(), amount.amount(), runDate});
        digest.update(CloseAudit.line(day, loanId, kind.name(), amount.amount()).getBytes(StandardCharsets.UTF_8));
        totals.merge(kind, amount, Money::plus);
    }

    @Override
    public void classified(LocalDate day, LoanClassification from, LoanClassification to, int dpd) {
        classifications.add(new Object[]{loanId, day, to.name(), from.name(), dpd, "CLOSE", null, "system"});
        alerts.add(new Object[]{loanId, bankOrgId, day, "CLASSIFICATION",
                "五级分类由“" + from.zh() + "”变为“" + to.zh() + "”，逾期 " + dpd + " 天 / classification " + from.en()
                        + " → " + to.en() + ", " + dpd + " days past due"});
    }

    @Override
    public void maturityAhead(LocalDate day, int daysLeft) {
        alerts.add(new Object[]{loanId, bankOrgId, day, "MATURITY_30",
                daysLeft + " 天后到期，请安排还款或办理展期 / matures in " + daysLeft + " days"});
    }

    Money total() {
        return totals.values().stream().reduce(Money.zero(), Money::plus);
    }

    String digestHex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** For the ledger entry: amount per kind in yuan, debits equal credits by construction. */
    Map<String, String> totalsForLedger() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        totals.forEach((k, v) -> out.put(k.name(), v.toString()));
        return out;
    }
}
