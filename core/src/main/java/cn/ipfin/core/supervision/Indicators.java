package cn.ipfin.core.supervision;

import cn.ipfin.core.money.Money;

import java.math.BigDecimal;

/**
 * One bank's (or one slice's) IP pledge loan figures for a quarter, the ones seed 001 四.2 names: "新增知识产权质押贷款
 * 金额、贷款余额、客户数量、质押率、不良率". Rates are fractions at scale 6 (0.052500 = 5.25 %), rounded half up; null
 * where the denominator is zero (no balance, no appraised collateral).
 *
 * @param newLoans           loans disbursed in the quarter
 * @param newAmount          their principal
 * @param balance            principal outstanding at the quarter's end
 * @param customers          enterprises with a balance (贷款户数)
 * @param averagePledgeRate  new loans' principal ÷ their collateral's appraised value (weighted by amount)
 * @param nplBalance         balance of loans classified 次级, 可疑 or 损失
 * @param nplRate            nplBalance ÷ balance
 */
public record Indicators(int newLoans, Money newAmount, Money balance, int customers, BigDecimal averagePledgeRate,
                         Money nplBalance, BigDecimal nplRate) {

    public static final int RATE_SCALE = 6;
}
