package cn.ipfin.core.servicing;

import cn.ipfin.core.words.BilingualName;

/**
 * The servicing sub-ledger's accounts. Codes follow the first-level subjects banks use (1303 贷款, 1132 应收利息,
 * 6011 利息收入) with a sub-account, so a bank maps each line to its own chart by code.
 */
public enum Account implements BilingualName {
    LOANS_PERFORMING("1303.01", "贷款—正常本金", "Loans — performing principal"),
    LOANS_OVERDUE("1303.02", "贷款—逾期本金", "Loans — overdue principal"),
    INTEREST_RECEIVABLE("1132.01", "应收利息—当期", "Interest receivable — current"),
    INTEREST_OVERDUE("1132.02", "应收利息—逾期", "Interest receivable — overdue"),
    PENALTY_RECEIVABLE("1132.03", "应收罚息", "Penalty interest receivable"),
    COMPOUND_RECEIVABLE("1132.04", "应收复利", "Compound interest receivable"),
    INTEREST_INCOME("6011.01", "利息收入—贷款利息", "Interest income — loans"),
    PENALTY_INCOME("6011.02", "利息收入—罚息", "Interest income — penalty"),
    COMPOUND_INCOME("6011.03", "利息收入—复利", "Interest income — compound");

    private final String code;
    private final Names names;

    Account(String code, String zh, String en) {
        this.code = code;
        this.names = new Names(zh, en);
    }

    public String code() {
        return code;
    }

    @Override
    public Names names() {
        return names;
    }

    /** The account with this code ("1132.01"), for showing stored postings by name. */
    public static java.util.Optional<Account> byCode(String code) {
        for (Account account : values()) {
            if (account.code.equals(code)) return java.util.Optional.of(account);
        }
        return java.util.Optional.empty();
    }
}
