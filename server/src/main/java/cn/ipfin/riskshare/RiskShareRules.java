package cn.ipfin.riskshare;

import cn.ipfin.shared.Rule;

/**
 * The refusals of risk sharing: the risk-compensation fund (seed 004 (二), Ezhou §五), guarantee and insurance
 * products (seed 004 (八)(九)), default events and loss claims, and disposal (seed 004 (十一), Ezhou §六).
 */
public final class RiskShareRules {

    private static final String FUND = "Shenzhen 004 (二)";
    private static final String GUARANTEE = "Shenzhen 004 (九)";
    private static final String INSURANCE = "Shenzhen 004 (八)";
    private static final String DISPOSAL = "Shenzhen 004 (十一)";
    private static final String DISPOSAL_PATHS = "Ezhou 003 §六";
    private static final String COUNTER_PLEDGE = "Shenzhen 004 (十五)";

    private RiskShareRules() {
    }

    public static final Rule AMOUNT_DECIMALS = Rule.of("riskshare.amount-decimals", Rule.PLATFORM,
            "金额最多两位小数：{amount}", "an amount has at most 2 decimals: {amount}", "amount");

    // the fund
    public static final Rule FUND_EXISTS = Rule.of("riskshare.fund-exists", FUND,
            "{district} 已设立风险补偿资金池", "{district} already has a risk-compensation fund", "district");
    public static final Rule FUND_TERMS = Rule.of("riskshare.fund-terms", FUND,
            "资金池的补偿比例须在 0 到 100% 之间，各项上限须大于零",
            "the fund's ratios lie between 0 and 100% and its caps are positive");
    public static final Rule CAPITAL_POSITIVE = Rule.of("riskshare.capital-positive", FUND,
            "注资金额须大于零", "the capital paid in must be positive");
    public static final Rule FUND_BALANCE = Rule.of("riskshare.fund-balance", FUND,
            "资金池余额 {balance} 元不足以支付 {amount} 元", "the fund's balance {balance} cannot pay {amount}",
            "balance", "amount");

    // products and cover
    public static final Rule PRODUCT_TERMS = Rule.of("riskshare.product-terms", GUARANTEE,
            "产品的保障比例须在 0 到 100% 之间，费率须小于 100%，上限须大于零；只有担保产品可以约定再担保",
            "a product covers between 0 and 100%, charges under 100% and has a positive cap; only a guarantee is re-guaranteed");
    public static final Rule COVER_EXISTS = Rule.of("riskshare.cover-exists", GUARANTEE,
            "该贷款已有同类保障", "the loan already has cover of this kind");
    public static final Rule COVER_RATIOS = Rule.of("riskshare.cover-ratios", GUARANTEE,
            "担保与保险的保障比例合计超过 100%", "guarantee and insurance cover add up to more than 100%");

    // default and claims
    public static final Rule NOT_IN_DEFAULT = Rule.of("riskshare.not-in-default", FUND,
            "该贷款尚未发生违约（逾期90天以上、次级及以下或银行宣布提前到期）",
            "the loan is not in default (90+ days past due, substandard or worse, or accelerated by the bank)");
    public static final Rule ALREADY_IN_DEFAULT = Rule.of("riskshare.already-in-default", FUND,
            "该贷款已于 {on} 记为违约", "the loan defaulted on {on} already", "on");
    public static final Rule CLAIM_FILED = Rule.of("riskshare.claim-filed", FUND,
            "该贷款已提交损失分担申请", "a claim was already filed for this loan");
    public static final Rule NO_LOSS = Rule.of("riskshare.no-loss", FUND,
            "该贷款没有可分担的损失", "the loan has no loss to share");
    public static final Rule SHARE_DECIDED = Rule.of("riskshare.share-decided", Rule.PLATFORM,
            "{party} 的分担份额已处理（{state}）", "the {party} share is already decided ({state})", "party", "state");
    public static final Rule DISPUTE_REASON = Rule.of("riskshare.dispute-reason", Rule.PLATFORM,
            "提出异议须说明理由", "a dispute needs a reason");
    public static final Rule PAY_APPROVED = Rule.of("riskshare.pay-approved", Rule.PLATFORM,
            "只能支付已确认的份额", "only an approved share is paid");
    public static final Rule PAID_WITHIN_APPROVED = Rule.of("riskshare.paid-within-approved", Rule.PLATFORM,
            "支付 {amount} 元将超过确认的份额（尚余 {left} 元）", "paying {amount} would exceed the approved share ({left} left)",
            "amount", "left");
    public static final Rule PAYMENT_POSITIVE = Rule.of("riskshare.payment-positive", Rule.PLATFORM,
            "支付金额须大于零", "the amount paid must be positive");

    // disposal
    public static final Rule DISPOSAL_PATH = Rule.of("riskshare.disposal-path", DISPOSAL_PATHS,
            "处置方式须为反向许可、挂牌交易、质权转股权或转移转化",
            "the path is a reverse licence, a listed sale, pledge-to-equity or a transfer");
    public static final Rule SPLIT_BEFORE_DISPOSAL = Rule.of("riskshare.split-before-disposal", DISPOSAL,
            "处置前须确认全部分担份额，并约定收益分配比例", "every share is settled and the split agreed before the disposal");
    public static final Rule NOT_COLLATERAL = Rule.of("riskshare.not-collateral", DISPOSAL,
            "该知识产权不是该贷款的在押质物", "the right is not pledged to this loan");
    public static final Rule NO_VALUATION = Rule.of("riskshare.no-valuation", DISPOSAL,
            "该知识产权没有评估价值，无法确定底价", "the right has no valuation to set the reserve price from");
    public static final Rule BID_BELOW_RESERVE = Rule.of("riskshare.bid-below-reserve", DISPOSAL,
            "出价 {amount} 元低于底价 {reserve} 元", "the bid {amount} is below the reserve price {reserve}", "amount", "reserve");
    public static final Rule DISPOSAL_CLOSED = Rule.of("riskshare.disposal-closed", DISPOSAL,
            "该处置已成交", "the disposal has closed");
    public static final Rule NO_BIDS = Rule.of("riskshare.no-bids", DISPOSAL,
            "尚无出价，不能成交", "there is no bid to accept");
    public static final Rule RECEIPT_POSITIVE = Rule.of("riskshare.receipt-positive", DISPOSAL,
            "回收金额须大于零", "the amount recovered must be positive");

    // a guarantor's recourse after its compensation (代偿), serviced like a credit loan
    public static final Rule RECOURSE_SCHEDULE_SUM = Rule.of("riskshare.recourse-schedule-sum", GUARANTEE,
            "还款计划合计 {total} 元，须等于代偿金额 {principal} 元", "the schedule adds up to {total}, not the {principal} compensated",
            "total", "principal");
    public static final Rule RECOURSE_SCHEDULE_DATES = Rule.of("riskshare.recourse-schedule-dates", GUARANTEE,
            "还款日须逐期递增，且不早于代偿日 {on}", "due dates increase and none is before the compensation on {on}", "on");
    public static final Rule RECOURSE_REQUEST_KEY = Rule.of("riskshare.recourse-request-key", Rule.PLATFORM,
            "登记回款须提供流水号，以免重复入账", "a receipt carries its reference so that it is never recorded twice");
    public static final Rule RECOURSE_REQUEST_KEY_REUSED = Rule.of("riskshare.recourse-request-key-reused", Rule.PLATFORM,
            "流水号 {key} 已登记 {amount} 元的回款", "reference {key} already recorded a receipt of {amount}", "key", "amount");
    public static final Rule RECOURSE_WITHIN_BALANCE = Rule.of("riskshare.recourse-within-balance", GUARANTEE,
            "回款 {amount} 元超过追偿余额 {balance} 元", "the receipt {amount} exceeds the balance {balance}", "amount", "balance");

    // enterprises' own IP insurance policies and their claims
    public static final Rule POLICY_TERMS = Rule.of("riskshare.policy-terms", INSURANCE,
            "保单须有险种、保单号、大于免赔额的保险限额、不为负的保费，且止期晚于起期",
            "a policy has its kind, number, a cover limit above the deductible, a premium not below zero and an end after its start");
    public static final Rule POLICY_ASSETS = Rule.of("riskshare.policy-assets", INSURANCE,
            "承保的知识产权须为被保险企业所有：{assets}", "the insured rights must be the enterprise's: {assets}", "assets");
    public static final Rule POLICY_NUMBER = Rule.of("riskshare.policy-number", Rule.PLATFORM,
            "保单号 {number} 已登记", "policy {number} is recorded already", "number");
    public static final Rule POLICY_CLAIM_TERMS = Rule.of("riskshare.policy-claim-terms", INSURANCE,
            "理赔申请须说明处置或诉讼的案号，索赔金额须大于零",
            "a claim names its disposal or litigation and claims a positive amount");
    public static final Rule POLICY_CLAIM_IN_PERIOD = Rule.of("riskshare.policy-claim-in-period", INSURANCE,
            "出险日须在保险期间 {from} 至 {to} 之内", "the event falls within the period {from} to {to}", "from", "to");
    public static final Rule POLICY_CLAIM_STATE = Rule.of("riskshare.policy-claim-state", Rule.PLATFORM,
            "该理赔申请已处理（{state}）", "the claim is not open for this step ({state})", "state");
    public static final Rule POLICY_DECLINE_REASON = Rule.of("riskshare.policy-decline-reason", Rule.PLATFORM,
            "拒赔须说明理由", "a refusal needs a reason");
    public static final Rule POLICY_CLAIM_PAYABLE = Rule.of("riskshare.policy-claim-payable", INSURANCE,
            "核定赔付 {amount} 元超过可赔付金额 {payable} 元（扣除免赔额、以剩余保险限额为限）",
            "approving {amount} exceeds the {payable} payable (above the deductible, within the limit left)",
            "amount", "payable");

    // the lending bank's consent before cover is attached
    public static final Rule COVER_CONSENT = Rule.of("riskshare.cover-consent", GUARANTEE,
            "贷款银行尚未同意该产品为此贷款提供保障", "the lending bank has not consented to this cover on the loan");
    public static final Rule COVER_REQUESTED = Rule.of("riskshare.cover-requested", Rule.PLATFORM,
            "已就该贷款申请过此产品的保障（{state}）", "this product's cover was requested for the loan already ({state})", "state");
    public static final Rule COVER_REQUEST_DECIDED = Rule.of("riskshare.cover-request-decided", Rule.PLATFORM,
            "该保障申请已处理（{state}）", "the cover request is decided already ({state})", "state");
    public static final Rule COVER_DECLINE_REASON = Rule.of("riskshare.cover-decline-reason", Rule.PLATFORM,
            "不同意须说明理由", "a refusal needs a reason");

    // counter-pledges to a guarantor or insurer
    public static final Rule COUNTER_PLEDGE_COVER = Rule.of("riskshare.counter-pledge-cover", COUNTER_PLEDGE,
            "只有为该贷款提供保障的担保或保险机构可以作为反担保质权人", "only a guarantor or insurer covering the loan takes a counter-pledge");
    public static final Rule COUNTER_PLEDGE_OWNER = Rule.of("riskshare.counter-pledge-owner", COUNTER_PLEDGE,
            "{asset} 不是借款企业的知识产权", "{asset} is not the borrower's right", "asset");
    public static final Rule COUNTER_PLEDGE_PLEDGED = Rule.of("riskshare.counter-pledge-pledged", COUNTER_PLEDGE,
            "{asset} 已在质押中（登记号 {registration}）", "{asset} is pledged already (registration {registration})",
            "asset", "registration");
}
