package cn.ipfin.lending;

import cn.ipfin.ledger.Ledger;
import cn.ipfin.ledger.LedgerEntry;
import cn.ipfin.ledger.LedgerWords;
import cn.ipfin.shared.Actor;
import cn.ipfin.valuation.Valuation;
import cn.ipfin.valuation.Valuations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the application page shows besides the application itself: the valuation requests made for it, the
 * institutions its forms offer (admitted valuation firms, guarantors, insurers) and its status timeline from the
 * ledger, each entry labelled and its recorded details spelled out.
 */
@Component
class LoanPageFacts {

    private final JdbcClient jdbc;
    private final Valuations valuations;
    private final Ledger ledger;
    private final JsonMapper json;
    private final LedgerWords words;

    LoanPageFacts(JdbcClient jdbc, Valuations valuations, Ledger ledger, JsonMapper json, LedgerWords words) {
        this.jdbc = jdbc;
        this.valuations = valuations;
        this.ledger = ledger;
        this.json = json;
        this.words = words;
    }

    record Institution(long id, String name, String type) {
    }

    record Step(LedgerEntry entry, String label, String details) {
    }

    /** The valuation requests made for the loan that the actor may see (the bank, the owner, the firm). */
    @Transactional(readOnly = true)
    List<Valuation> valuations(Actor actor, long loanId) {
        return jdbc.sql("select id from valuation_request_view where loan_id = :l order by id").param("l", loanId)
                .query(Long.class).list().stream()
                .map(id -> valuations.find(actor, id)).flatMap(Optional::stream).toList();
    }

    /** Admitted valuation firms, and guarantors and insurers: the directory is public within the platform. */
    @Transactional(readOnly = true)
    List<Institution> institutions(String... types) {
        return jdbc.sql("""
                        select id, name, type from organisation_view where type = any(:types)
                          and (type <> 'VALUATION_FIRM' or status = 'ADMITTED') order by type, name""")
                .param("types", types).query((rs, i) -> new Institution(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The loan's ledger, oldest first, as the actor may see it. */
    List<Step> timeline(Actor actor, String loanNo) {
        List<Step> steps = new ArrayList<>();
        for (LedgerEntry e : ledger.history(actor, Transitions.SUBJECT, loanNo)) {
            steps.add(new Step(e, words.action(Transitions.SUBJECT, e.action()), details(e.afterState())));
        }
        return steps;
    }

    private String details(String after) {
        if (after == null) return "";
        JsonNode details = json.readTree(after).get("details");
        if (details == null || !details.isObject()) return "";
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : details.properties()) {
            JsonNode v = field.getValue();
            if (v.isNull()) continue;
            parts.add(words.detail(field.getKey(), v.isValueNode() ? v.asString() : v.toString()));
        }
        return String.join(" · ", parts);
    }
}
