package cn.ipfin.core.securitization.admission;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.money.MoneyFormat;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the candidate pool (备选池) and says why for each enterprise. First each candidate is held to the floors;
 * those that pass are taken best IP score first (then larger revenue, then id, so the order is stable) while the pool
 * stays within its target size and concentration limits, which are shares of the target size. Every decision carries
 * its reasons in Chinese and English, citing Longnan 二(二)2.
 */
public final class PoolScreening {

    public record Reason(String code, String zh, String en) {
    }

    public record Decision(Candidate candidate, boolean included, List<Reason> reasons) {
    }

    public record Result(List<Decision> decisions, Money poolSize) {

        public List<Candidate> included() {
            return decisions.stream().filter(Decision::included).map(Decision::candidate).toList();
        }

        public Decision of(String enterpriseId) {
            return decisions.stream().filter(d -> d.candidate().enterpriseId().equals(enterpriseId)).findFirst().orElseThrow();
        }
    }

    private PoolScreening() {
    }

    public static Result screen(AdmissionPolicy policy, List<Candidate> candidates) {
        List<Decision> decisions = new ArrayList<>();
        List<Candidate> eligible = new ArrayList<>();
        for (Candidate c : candidates) {
            List<Reason> failed = floors(policy, c);
            if (failed.isEmpty()) eligible.add(c);
            else decisions.add(new Decision(c, false, failed));
        }
        eligible.sort(Comparator.comparingInt(Candidate::ipScore).reversed()
                .thenComparing(Candidate::revenue, Comparator.reverseOrder()).thenComparing(Candidate::enterpriseId));
        Money obligorCap = policy.targetSize().times(policy.maxObligorShare(), RoundingMode.FLOOR);
        Money industryCap = policy.targetSize().times(policy.maxIndustryShare(), RoundingMode.FLOOR);
        Money parkCap = policy.targetSize().times(policy.maxParkShare(), RoundingMode.FLOOR);
        Map<String, Money> byIndustry = new HashMap<>();
        Map<String, Money> byPark = new HashMap<>();
        Money pool = Money.zero();
        for (Candidate c : eligible) {
            List<Reason> limits = new ArrayList<>();
            Money amount = c.requested();
            if (amount.isGreaterThan(obligorCap)) {
                limits.add(new Reason("obligor", "单一企业 " + MoneyFormat.figure(amount) + " 元超过上限 " + MoneyFormat.figure(obligorCap) + " 元",
                        "single obligor " + MoneyFormat.figure(amount) + " above the limit " + MoneyFormat.figure(obligorCap)));
            }
            Money industry = byIndustry.getOrDefault(c.industry(), Money.zero()).plus(amount);
            if (industry.isGreaterThan(industryCap)) {
                limits.add(new Reason("industry", "行业“" + c.industry() + "”将达 " + MoneyFormat.figure(industry) + " 元，超过上限 " + MoneyFormat.figure(industryCap) + " 元",
                        "industry " + c.industry() + " would reach " + MoneyFormat.figure(industry) + ", above " + MoneyFormat.figure(industryCap)));
            }
            Money park = byPark.getOrDefault(c.park(), Money.zero()).plus(amount);
            if (park.isGreaterThan(parkCap)) {
                limits.add(new Reason("park", "园区“" + c.park() + "”将达 " + MoneyFormat.figure(park) + " 元，超过上限 " + MoneyFormat.figure(parkCap) + " 元",
                        "park " + c.park() + " would reach " + MoneyFormat.figure(park) + ", above " + MoneyFormat.figure(parkCap)));
            }
            if (pool.plus(amount).isGreaterThan(policy.targetSize())) {
                limits.add(new Reason("size", "资产池将超过目标规模 " + MoneyFormat.figure(policy.targetSize()) + " 元",
                        "the pool would exceed its target size " + MoneyFormat.figure(policy.targetSize())));
            }
            if (limits.isEmpty()) {
                pool = pool.plus(amount);
                byIndustry.put(c.industry(), industry);
                byPark.put(c.park(), park);
                decisions.add(new Decision(c, true, List.of(new Reason("admitted",
                        "符合入库标准（龙南试点方案 二(二)2），知识产权评分 " + c.ipScore() + "，按评分顺序入池",
                        "meets the admission standards (Longnan 二(二)2), IP score " + c.ipScore() + ", taken in score order"))));
            } else {
                decisions.add(new Decision(c, false, limits));
            }
        }
        return new Result(List.copyOf(decisions), pool);
    }

    private static List<Reason> floors(AdmissionPolicy p, Candidate c) {
        List<Reason> r = new ArrayList<>();
        if (p.requireSpecialisedOrHighTech() && !c.specialised() && !c.highTech()) {
            r.add(new Reason("qualification", "非专精特新或高新技术企业", "neither a specialised SME (专精特新) nor high-tech"));
        }
        if (c.yearsEstablished() < p.minYearsEstablished()) {
            r.add(new Reason("age", "成立 " + c.yearsEstablished() + " 年，不足 " + p.minYearsEstablished() + " 年",
                    "established " + c.yearsEstablished() + " years, fewer than " + p.minYearsEstablished()));
        }
        if (c.revenue().isLessThan(p.minRevenue())) {
            r.add(new Reason("revenue", "营业收入 " + MoneyFormat.figure(c.revenue()) + " 元低于 " + MoneyFormat.figure(p.minRevenue()) + " 元",
                    "revenue " + MoneyFormat.figure(c.revenue()) + " below " + MoneyFormat.figure(p.minRevenue())));
        }
        if (c.profit().isLessThan(p.minProfit())) {
            r.add(new Reason("profit", "利润 " + MoneyFormat.figure(c.profit()) + " 元低于 " + MoneyFormat.figure(p.minProfit()) + " 元",
                    "profit " + MoneyFormat.figure(c.profit()) + " below " + MoneyFormat.figure(p.minProfit())));
        }
        if (c.ipScore() < p.minIpScore()) {
            r.add(new Reason("ip-score", "知识产权评分 " + c.ipScore() + " 低于 " + p.minIpScore(),
                    "IP score " + c.ipScore() + " below " + p.minIpScore()));
        }
        if (c.creditListed()) {
            r.add(new Reason("credit-list", "列入经营异常或失信名单", "on the abnormal-operation or dishonest list"));
        }
        return r;
    }
}
