package cn.ipfin.core.riskshare;

import cn.ipfin.core.money.Money;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How one loan's loss is shared, fixed by its security when it was made: a guarantee (with an optional re-guarantee),
 * a guarantee-insurance policy, enrolment in the risk-compensation fund. Each ratio is a share of the loss itself,
 * so that the parties' ratios add up to at most 100% and the bank's retained share is never negative. A party that is
 * absent bears nothing.
 */
public record SharingArrangement(Optional<Guarantee> guarantee, Optional<Policy> policy, Optional<FundCover> fund) {

    /**
     * The guarantor covers {@code ratio} of the loss up to {@code cap} (the guaranteed amount); the re-guarantor takes
     * {@code reGuaranteeRatio} of what the guarantor pays (seed 004 (九)).
     */
    public record Guarantee(Ratio ratio, Money cap, Ratio reGuaranteeRatio) {
        public Guarantee {
            Objects.requireNonNull(ratio, "ratio");
            Objects.requireNonNull(reGuaranteeRatio, "reGuaranteeRatio");
            requireNotNegative(cap, "cap");
        }
    }

    /** The insurer pays {@code ratio} of the loss above the deductible (免赔额), up to the sum insured (保险金额). */
    public record Policy(Ratio ratio, Money deductible, Money sumInsured) {
        public Policy {
            Objects.requireNonNull(ratio, "ratio");
            requireNotNegative(deductible, "deductible");
            requireNotNegative(sumInsured, "sumInsured");
        }
    }

    /**
     * The fund bears {@code ratio} of the loss (its compensation ratio for the loan's class), at most
     * {@code perLoanCap} for one loan and at most {@code bankYearRoom} — what is left of the bank's cap for the year.
     */
    public record FundCover(Ratio ratio, Money perLoanCap, Money bankYearRoom) {
        public FundCover {
            Objects.requireNonNull(ratio, "ratio");
            requireNotNegative(perLoanCap, "perLoanCap");
            requireNotNegative(bankYearRoom, "bankYearRoom");
        }
    }

    public SharingArrangement {
        Objects.requireNonNull(guarantee, "guarantee");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(fund, "fund");
        BigDecimal total = guarantee.map(g -> g.ratio().fraction()).orElse(BigDecimal.ZERO)
                .add(policy.map(p -> p.ratio().fraction()).orElse(BigDecimal.ZERO))
                .add(fund.map(f -> f.ratio().fraction()).orElse(BigDecimal.ZERO));
        if (total.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("担保、保险与补偿比例合计超过 100% / the guarantee, insurance and fund ratios add up to more than 100%: "
                    + total.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        }
    }

    /** The bank alone: a pure pledge loan outside the fund. */
    public static SharingArrangement bankAlone() {
        return new SharingArrangement(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public SharingArrangement withGuarantee(Guarantee g) {
        return new SharingArrangement(Optional.of(g), policy, fund);
    }

    public SharingArrangement withPolicy(Policy p) {
        return new SharingArrangement(guarantee, Optional.of(p), fund);
    }

    public SharingArrangement withFund(FundCover f) {
        return new SharingArrangement(guarantee, policy, Optional.of(f));
    }

    private static void requireNotNegative(Money amount, String name) {
        Objects.requireNonNull(amount, name);
        if (amount.isNegative()) throw new IllegalArgumentException(name + " 不能为负 / cannot be negative: " + amount);
    }
}
