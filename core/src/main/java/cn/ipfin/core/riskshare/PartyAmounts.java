package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Amounts by party, copied into an unmodifiable map in the parties' declared order. */
final class PartyAmounts {

    private PartyAmounts() {
    }

    static Map<RiskParty, Money> copy(Map<RiskParty, Money> amounts) {
        Map<RiskParty, Money> copy = new EnumMap<>(RiskParty.class);
        copy.putAll(amounts);
        return Collections.unmodifiableMap(copy);
    }
}
