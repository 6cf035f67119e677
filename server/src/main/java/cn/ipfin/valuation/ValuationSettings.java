package cn.ipfin.valuation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.math.BigDecimal;

/**
 * Valuation and post-loan revaluation settings.
 *
 * @param coverageThreshold a post-loan alert is raised when outstanding principal / current collateral value exceeds
 *                          it (0.6: a bank lends at most 60 % of an appraised value, the upper pledge rate the seeds'
 *                          banks quote for patents); to become a parameter of each loan product
 * @param revaluationEnabled whether the nightly revaluation runs (tests switch it off)
 * @param revaluationCron   when it runs, in the server's time zone
 */
@ConfigurationProperties("ipfin.valuation")
public record ValuationSettings(@DefaultValue("0.6") BigDecimal coverageThreshold,
                         @DefaultValue("true") boolean revaluationEnabled,
                         @DefaultValue("0 30 2 * * *") String revaluationCron) {
}
