package cn.ipfin.lending;

import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.lending.CreditEnhancement;
import cn.ipfin.core.lending.ProductTerms;
import cn.ipfin.core.lending.RepaymentMethod;
import cn.ipfin.core.lending.Requirement;
import cn.ipfin.core.lending.TargetGroup;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.schedule.InterestConvention;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One published version of a bank's IP-finance product. A loan points at the version it was made under, so a later
 * version never changes the terms an application is judged by.
 *
 * @param maxPledgeRates accepted collateral kinds → maximum pledge rate (质押率) as a fraction
 * @param current        false once a newer version replaced it
 * @param interest       计息方式: how its loans' schedules charge interest (by the month, or by actual days)
 * @param enhancements   what a guarantee, insurance or the enterprise's credit may add to the limit (never null)
 */
public record Product(long id, long bankOrgId, String bankName, String code, int versionNo, String name,
                      String description, Map<IpKind, BigDecimal> maxPledgeRates, BigDecimal amountMin,
                      BigDecimal amountMax, int termMinMonths, int termMaxMonths, int spreadMinBp, int spreadMaxBp,
                      Set<RepaymentMethod> repaymentMethods, Requirement guarantor, Requirement insurance,
                      TargetGroup target, Set<String> parks, Instant publishedAt, boolean current,
                      InterestConvention interest, CreditEnhancement.Terms enhancements) {

    public ProductTerms terms() {
        return new ProductTerms(maxPledgeRates, Money.of(amountMin), Money.of(amountMax), termMinMonths, termMaxMonths,
                spreadMinBp, spreadMaxBp, repaymentMethods, guarantor, insurance, target, parks);
    }
}
