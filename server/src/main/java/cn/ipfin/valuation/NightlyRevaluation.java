package cn.ipfin.valuation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The nightly trigger of the collateral revaluation; off with {@code ipfin.valuation.revaluation-enabled=false}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ipfin.valuation.revaluation-enabled", havingValue = "true", matchIfMissing = true)
class NightlyRevaluation {

    private static final Logger log = LoggerFactory.getLogger(NightlyRevaluation.class);

    private final CollateralRevaluation revaluation;

    NightlyRevaluation(CollateralRevaluation revaluation) {
        this.revaluation = revaluation;
    }

    @Scheduled(cron = "${ipfin.valuation.revaluation-cron:0 30 2 * * *}")
    void run() {
        long start = System.nanoTime();
        CollateralRevaluation.Outcome outcome = revaluation.revalueAllPledged();
        log.info("collateral revaluation: {} pledged assets examined, {} revalued, {} alerts, {} ms", outcome.examined(),
                outcome.revalued(), outcome.alerts(), (System.nanoTime() - start) / 1_000_000);
    }
}
