package cn.ipfin.ledger;

import cn.ipfin.shared.Actor;

import java.util.Collection;
import java.util.List;

/**
 * A state change of a business object, published by the module that made it. The ledger records it in the
 * same transaction, so the change and its entry commit or roll back together.
 *
 * @param subjectType  the kind of object, e.g. "LOAN", "ORGANISATION"
 * @param subjectId    its business key, e.g. the loan number
 * @param action       what happened, e.g. "DISBURSED"
 * @param partyOrgIds  organisations that are party to the object and may read its entries (bank, enterprise)
 * @param before       the object's state before, or null for a creation (serialised to JSON)
 * @param after        the state after, or null for a removal
 */
public record LedgerFact(Actor actor, String subjectType, String subjectId, String action,
                         Collection<Long> partyOrgIds, Object before, Object after) {

    public LedgerFact {
        partyOrgIds = List.copyOf(partyOrgIds);
    }
}
