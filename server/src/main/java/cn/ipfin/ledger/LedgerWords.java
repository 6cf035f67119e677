package cn.ipfin.ledger;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.shared.Bilingual;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;

/**
 * A ledger entry in the reader's words ({@code ${@ledgerWords.action(e.subjectType, e.action)}}): entries store
 * stable codes (LOAN / CONTRACT, DAILY_CLOSE / CHUNK_POSTED) so that their hashes never depend on a translation;
 * pages name them. An action is looked up for its subject first ({@code ledger.action.IMPORT.APPLIED} is an applied
 * import, not an applied loan), then the subject's own vocabulary (a loan's or a valuation's actions and
 * states), then the shared {@code ledger.action.*} words.
 */
@Component("ledgerWords")
public class LedgerWords {

    private final MessageSource messages;

    LedgerWords(MessageSource messages) {
        this.messages = messages;
    }

    public String subject(String subjectType) {
        return word(subjectType, "ledger.type." + subjectType);
    }

    public String action(String subjectType, String action) {
        return word(action, "ledger.action." + subjectType + "." + action,
                switch (subjectType) {
                    case "LOAN" -> "loanAction." + action;
                    case "VALUATION" -> "valuationAction." + action;
                    default -> "ledger.action." + action;
                },
                switch (subjectType) {
                    case "LOAN" -> "loanState." + action;
                    case "VALUATION" -> "valuationState." + action;
                    default -> "ledger.action." + action;
                },
                "ledger.action." + action);
    }

    /**
     * One recorded detail of an entry as "label：value" in the reader's language: amounts as the tables show them
     * (1,082,954.98 元), codes by their names (an item of the checklist, a classification), bilingual reasons in one
     * language. An unknown key or value is shown as recorded rather than hidden.
     */
    public String detail(String key, String value) {
        boolean english = english();
        String label = word(key, "ledger.detail." + key);
        return label + (english ? ": " : "：") + value(key, value, english);
    }

    private String value(String key, String value, boolean english) {
        if (value == null || value.isBlank()) return "—";
        if (AMOUNTS.contains(key) && value.matches("-?\\d+(\\.\\d+)?")) {
            Money money = Money.of(new BigDecimal(value).setScale(2, RoundingMode.HALF_UP));
            return english ? MoneyFormat.yuanEn(money) : MoneyFormat.yuan(money);
        }
        return switch (key) {
            case "classification", "bankChoice", "floor" -> classification(value, english);
            case "item" -> word(value, "checklist." + value);
            case "kind" -> word(value, "servicing.kind." + value, "securityKind." + value);
            case "reason" -> Bilingual.pick(value, english);
            case "assets" -> value.replaceAll("[\\[\\]]", "");
            default -> value;
        };
    }

    private static String classification(String value, boolean english) {
        try {
            LoanClassification c = LoanClassification.valueOf(value);
            return english ? c.en() : c.zh();
        } catch (IllegalArgumentException notAClass) {
            return value;
        }
    }

    private static final Set<String> AMOUNTS = Set.of("amount", "limit", "securedAmount", "principal",
            "principalOutstanding", "accruedInterest", "currentInterest", "currentPrincipal", "overdueInterest",
            "overduePrincipal", "penalty", "prepaidPrincipal");

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    /** The platform's own jobs sign as "system". */
    public String actor(String username) {
        return "system".equals(username) ? word(username, "ledger.actor.system") : username;
    }

    private String word(String fallback, String... keys) {
        Locale locale = LocaleContextHolder.getLocale();
        for (String key : keys) {
            String found = messages.getMessage(key, null, null, locale);
            if (found != null) return found;
        }
        return fallback;
    }
}
