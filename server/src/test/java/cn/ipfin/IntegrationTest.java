package cn.ipfin;

import cn.ipfin.api.ApiResponseContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test against the real application on a real (embedded) PostgreSQL 17, with the tiny demo
 * district loaded. Every test class uses exactly this configuration, so Spring builds one context and the JVM
 * starts one database for the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ipfin.embedded-db.data-dir=",
        "ipfin.embedded-db.port=0",
        "ipfin.demo.enterprises=40",
        "ipfin.valuation.revaluation-enabled=false",
        "ipfin.close.chunk-size=4",
        "ipfin.close.scheduled=false",
        // the business date the suite runs on; run it on another with -Dipfin.test.date=2028-02-29
        "ipfin.clock.starts-at=${ipfin.test.date:" + IntegrationTest.DEFAULT_DATE + "}T10:00:00+08:00"})
@ActiveProfiles("demo")
@AutoConfigureMockMvc
@Import(ApiResponseContract.Registration.class)   // every MockMvc write is checked against the OpenAPI document
public @interface IntegrationTest {

    /** The demo password (application.yml, ipfin.demo.password). */
    String PASSWORD = "Demo@2026";

    /** The business date the suite runs on unless -Dipfin.test.date says otherwise (at 10:00 in Asia/Shanghai). */
    String DEFAULT_DATE = "2026-12-01";
}
