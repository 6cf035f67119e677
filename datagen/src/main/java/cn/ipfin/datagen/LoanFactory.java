package cn.ipfin.datagen;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.asset.LegalStatus;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.core.money.LprTable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Pledge loans of one enterprise, with dates that agree with the state: before disbursement there is no disbursement
 * or maturity date; REPAID loans matured before the as-of date (or were repaid early); DISBURSED ones mature after it.
 * The rate is the 1-year LPR in force on the application date plus 30-150 bp (reference-data.md).
 */
final class LoanFactory {

    private static final LocalDate FIRST_APPLICATION = LocalDate.of(2023, 1, 1);
    private static final int[] TERMS = {12, 24, 36};
    private static final LoanState[] STATES = LoanState.values();

    private final LocalDate asOf;
    private final LocalDate lastApplication;
    private final LprTable lpr = LprTable.published();

    LoanFactory(LocalDate asOf) {
        this.asOf = asOf;
        this.lastApplication = asOf.minusDays(23);   // 2026-10-31 for the default 2026-11-23
    }

    /** Banks here lend to enterprises with a few years of accounts: founded before the earliest loan's window. */
    static final LocalDate FOUNDED_BEFORE = LocalDate.of(2022, 11, 1);

    /** In-force patents and trademarks: the only rights a bank accepts as pledge here. */
    static List<String> pledgeable(GeneratedEnterprise enterprise) {
        List<String> numbers = new ArrayList<>(4);
        if (!enterprise.registeredOn().isBefore(FOUNDED_BEFORE)) return numbers;
        for (GeneratedIpAsset asset : enterprise.assets()) {
            if (asset.status() == LegalStatus.IN_FORCE && (asset.kind().isPatent() || asset.kind() == IpKind.TRADEMARK)) {
                numbers.add(asset.number());
            }
        }
        return numbers;
    }

    /** A state drawn from the usual mix of a loan book: mostly disbursed or repaid, a few in every other state. */
    static LoanState typicalState(RandomGenerator random) {
        int roll = random.nextInt(100);
        if (roll < 30) return LoanState.DISBURSED;
        if (roll < 58) return LoanState.REPAID;
        if (roll < 64) return LoanState.OVERDUE;
        if (roll < 67) return LoanState.DEFAULTED;
        if (roll < 72) return LoanState.WITHDRAWN;
        if (roll < 80) return LoanState.REJECTED;
        return STATES[random.nextInt(LoanState.CONTRACT.ordinal() + 1)];
    }

    GeneratedLoan loan(long loanSeq, GeneratedEnterprise enterprise, List<String> pledgeable, LoanState state, RandomGenerator random) {
        int term = TERMS[random.nextInt(TERMS.length)];
        LocalDate applied;
        LocalDate disbursed = null;
        LocalDate maturity = null;
        switch (state) {
            case APPLIED, VALUATION, DUE_DILIGENCE, PLEDGE_REGISTRATION, CREDIT_APPROVAL, CONTRACT ->
                    // Origination takes weeks: a loan still in it was applied for recently, later stages a bit earlier.
                    applied = lastApplication.minusDays(state.ordinal() * 8L + random.nextInt(20));
            case WITHDRAWN, REJECTED -> applied = between(FIRST_APPLICATION, lastApplication, random);
            default -> {
                LocalDate latest = switch (state) {
                    case REPAID -> asOf.minusMonths(term).minusDays(1);
                    case DEFAULTED -> LocalDate.of(2025, 6, 30);
                    default -> lastApplication.minusDays(20);
                };
                LocalDate earliest = state == LoanState.DISBURSED ? asOf.minusMonths(term).plusDays(1) : FIRST_APPLICATION.plusDays(45);
                if (earliest.isBefore(FIRST_APPLICATION.plusDays(45))) earliest = FIRST_APPLICATION.plusDays(45);
                if (state == LoanState.REPAID && latest.isBefore(earliest)) {
                    // A 36-month loan cannot have matured yet: it was repaid early.
                    latest = lastApplication.minusDays(60);
                }
                disbursed = between(earliest, latest, random);
                applied = disbursed.minusDays(20 + random.nextInt(25));
                maturity = disbursed.plusMonths(term);
            }
        }
        BigDecimal rate = lpr.oneYearOn(applied).plusBp(30 + random.nextInt(121)).percent().setScale(2);
        long principalThousands = 500 + random.nextInt(9_501);
        int collateral = Math.min(pledgeable.size(), 1 + random.nextInt(3));
        List<String> numbers = List.copyOf(pledgeable.subList(0, collateral));
        String serial = Long.toString(loanSeq);
        String loanNo = "PL" + applied.getYear() + "000000".substring(serial.length()) + serial;
        return new GeneratedLoan(loanNo, enterprise.seq(), Institutions.BANK_KEYS.get((int) (loanSeq % 4)),
                BigDecimal.valueOf(principalThousands * 1_000L).setScale(2), rate, term, applied, disbursed, maturity, state, numbers);
    }

    private static LocalDate between(LocalDate from, LocalDate to, RandomGenerator random) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : LocalDate.ofEpochDay(from.toEpochDay() + random.nextLong(span + 1));
    }
}
