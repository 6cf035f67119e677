package cn.ipfin.core.lending;

import cn.ipfin.core.money.Money;

import static cn.ipfin.core.money.MoneyFormat.figure;
import static cn.ipfin.core.money.MoneyFormat.yuanEn;

/**
 * The conditions of credit approval (授信审批, issue 6), each a named rule with its reason.
 *
 * @param preparedBy the officer who prepared the application (the maker)
 * @param approver   who approves (the checker)
 */
public record CreditApprovalRules(ProductTerms product, PledgeRateLimit.Limit limit, Money amount, int termMonths,
                                  int spreadBp, String preparedBy, String approver) {

    private String parts(boolean chinese) {
        StringBuilder s = new StringBuilder();
        for (PledgeRateLimit.Enhancement e : limit.enhancements()) {
            s.append(chinese ? " + " + e.zh() + " " + figure(e.amount()) + " 元" : " + " + e.en() + " " + yuanEn(e.amount()));
        }
        return s.toString();
    }

    public Decision decide() {
        return Decision.check()
                .refuseIf(approver.equals(preparedBy), "approval.fourEyes",
                        "四眼原则：审批人不得是经办该申请的客户经理（" + preparedBy + "）",
                        "four eyes: the approver may not be the officer who prepared the application (" + preparedBy + ")")
                .refuseIf(amount.isGreaterThan(limit.total()) && limit.enhancements().isEmpty(), "approval.pledgeRate",
                        "授信金额 " + figure(amount) + " 元超过质押率上限：Σ（质押率 × 评估价值）= " + figure(limit.total()) + " 元",
                        "amount " + yuanEn(amount) + " exceeds the pledge-rate limit Σ(max rate × appraised value) = "
                                + yuanEn(limit.total()))
                .refuseIf(amount.isGreaterThan(limit.total()) && !limit.enhancements().isEmpty(), "approval.enhancedLimit",
                        "授信金额 " + figure(amount) + " 元超过增信后的授信上限 " + figure(limit.total()) + " 元 = 质押部分 "
                                + figure(limit.pledge()) + " 元" + parts(true),
                        "amount " + yuanEn(amount) + " exceeds the enhanced limit " + yuanEn(limit.total()) + " = pledge part "
                                + yuanEn(limit.pledge()) + parts(false))
                .refuseIf(!product.amountWithin(amount), "approval.amountRange",
                        "授信金额 " + figure(amount) + " 元不在产品额度范围 " + figure(product.amountMin()) + "–"
                                + figure(product.amountMax()) + " 元内",
                        "amount " + yuanEn(amount) + " is outside the product's range " + yuanEn(product.amountMin()) + "–"
                                + figure(product.amountMax()))
                .refuseIf(!product.termWithin(termMonths), "approval.termRange",
                        "期限 " + termMonths + " 个月不在产品期限范围 " + product.termMinMonths() + "–" + product.termMaxMonths() + " 个月内",
                        "term " + termMonths + " months is outside the product's range " + product.termMinMonths() + "–"
                                + product.termMaxMonths())
                .refuseIf(spreadBp < product.spreadMinBp() || spreadBp > product.spreadMaxBp(), "approval.spread",
                        "利率加点 " + spreadBp + " 个基点不在产品定价范围 LPR+" + product.spreadMinBp() + "–" + product.spreadMaxBp() + " 基点内",
                        "spread " + spreadBp + " bp is outside the product's pricing LPR + " + product.spreadMinBp() + "–"
                                + product.spreadMaxBp() + " bp")
                .build();
    }
}
