package cn.ipfin.valuation;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

/**
 * The lending bank's own review and confirmation of a signed valuation (复核认定, seed 004 (四): "鼓励金融机构建立知识产权
 * 价值评估复核认定机制"): the bank that asked for the valuation for its loan confirms the report it will rely on, or
 * rejects it, with its reasons. It is distinct from the IP office's (or an expert's) second review
 * ({@link ValuationRequests#secondReview}), which concerns the district; the bank's decides only whether this bank
 * accepts the value, so it does not move the request's state, and it is recorded in the valuation's ledger.
 *
 * <p>Who: the requesting bank's approver or its own valuer (the risk side), never the account manager who asked for
 * it, and never the person who signed it (an internal valuation is confirmed by a second person of the bank). Other
 * banks do not see the request at all (404). One decision per report: a report returned by the IP office and signed
 * again is a new report and is reviewed again.
 */
@Service
public class BankValuationReview {

    private final JdbcClient jdbc;
    private final Valuations valuations;
    private final ValuationRequests requests;
    private final Clock clock;

    BankValuationReview(JdbcClient jdbc, Valuations valuations, ValuationRequests requests, Clock clock) {
        this.jdbc = jdbc;
        this.valuations = valuations;
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional
    public Valuation review(Actor actor, long id, int expectedVersion, boolean confirm, String opinion) {
        Valuation v = valuations.get(actor, id);
        if (!actor.has(Role.BANK_APPROVER) && !actor.has(Role.BANK_VALUER)) {
            throw new AccessDeniedException("only the lending bank's approver or valuer confirms a valuation for the bank");
        }
        if (!actor.visibleOrgIds().contains(v.requesterOrgId())) {
            throw ValuationRules.BANK_REVIEW_LENDER.violation();
        }
        if (!v.state().isSigned()) {
            throw ValuationRules.BANK_REVIEW_SIGNED.violation(v.state());
        }
        if (v.bankReview() != null) {
            throw ValuationRules.BANK_REVIEW_ONCE.violation(v.bankReview());
        }
        if (actor.username().equals(v.valuerUser())) {
            throw ValuationRules.BANK_REVIEW_NOT_SIGNER.violation();
        }
        if (opinion == null || opinion.isBlank()) {
            throw ValuationRules.BANK_REVIEW_OPINION.violation();
        }
        String decision = confirm ? "CONFIRMED" : "REJECTED";
        int updated = jdbc.sql("""
                        update valuation_request set bank_review = :decision, bank_reviewer_user = :user,
                            bank_review_opinion = :opinion, bank_reviewed_at = :at, version = version + 1
                        where id = :id and version = :version and bank_review is null
                          and state in ('SIGNED','CONFIRMED')""")
                .param("decision", decision).param("user", actor.username()).param("opinion", opinion.strip())
                .param("at", Timestamp.from(clock.instant())).param("id", id).param("version", expectedVersion)
                .update();
        if (updated != 1) throw new ConcurrentEditConflict("valuation", id, expectedVersion);
        Valuation after = valuations.get(actor, id);
        requests.record(actor, after, "BANK_" + decision, null,
                Map.of("bank", after.requesterName(), "opinion", opinion.strip(), "value", after.value()));
        return after;
    }
}
