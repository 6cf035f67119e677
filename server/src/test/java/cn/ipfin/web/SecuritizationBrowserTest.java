package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.securitization.SecuritizationProjects;
import cn.ipfin.shared.ActorHolder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator the tender chose builds its project's pool from the registry and freezes it, then estimates the
 * project's cost (1 亿元 for a year: Longnan 附件2's own figures) and simulates the frozen pool's tranches, and sees
 * the loss distribution drawn.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecuritizationBrowserTest {

    @LocalServerPort int port;
    @Autowired SecuritizationProjects projects;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    private Chromium chromium;
    private long project;

    @BeforeAll
    void launch() throws Exception {
        chromium = new Chromium(port);
        var ipo = ((ActorHolder) users.loadUserByUsername("ipo")).actor();
        var operator = ((ActorHolder) users.loadUserByUsername("operator1")).actor();
        project = projects.open(ipo, new SecuritizationProjects.NewProject("浏览器测试证券化项目", operator.orgId(), "ZB-2026-BT",
                new BigDecimal("100000000.00"), 12, YearMonth.of(2026, 10), Map.of(SecuritizationProjects.InstitutionRole.GUARANTOR, "示范担保")));
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
        // the suite shares one database: leave no project behind (its ledger entries stay, as the ledger is append-only)
        for (String table : new String[]{"securitization_pool_entry", "securitization_task", "securitization_institution"}) {
            jdbc.sql("delete from " + table + " where project_id = :p").param("p", project).update();
        }
        jdbc.sql("delete from securitization_project where id = :p").param("p", project).update();
    }

    @Test
    void the_operator_builds_a_pool_estimates_the_cost_simulates_and_sees_the_chart() {
        try (BrowserContext context = chromium.browser.newContext()) {
            Page page = chromium.signIn(context, "operator1");
            page.locator("nav.nav .menu-items a[href='/securitization/projects']").first().evaluate("a => a.click()");
            page.waitForURL("**/securitization/projects");
            page.click("#projects a:has-text('浏览器测试证券化项目')");
            page.waitForURL("**/securitization/projects/" + project);
            assertThat(page.locator("#tasks tr.late").count()).isPositive();   // preparation was due on 2026-11-30

            page.uncheck("#screen input[name=requireSpecialised]");
            page.fill("#screen input[name=minYears]", "0");
            page.fill("#screen input[name=minIpScore]", "0");
            page.click("#screen-button");
            page.waitForSelector("#freeze");
            page.waitForLoadState();   // the screen reloads the page; htmx binds the freeze button on load
            assertThat(Integer.parseInt(page.textContent("#pool-count"))).isPositive();
            assertThat(page.locator("#pool-entries tbody tr").first().textContent()).contains("入池");
            page.click("#freeze");
            page.waitForSelector("#frozen-on:not(:has-text('—'))");
            assertThat(page.locator("#screen").count()).isZero();
            Chromium.screenshot(page, "securitization-project");

            page.click("#cost-link");
            page.waitForURL("**/securitization/cost**");
            assertThat(page.textContent("#total")).isEqualTo("4,050,000.00 – 5,060,000.00");
            assertThat(page.locator("#cost-lines tr.flagged").count()).isEqualTo(2);

            page.goBack();
            page.click("#simulation-link");
            page.waitForURL("**/securitization/simulation**");
            assertThat(page.locator("#tranches tbody tr").count()).isEqualTo(3);
            page.waitForSelector("#loss-chart canvas");
            assertThat(page.locator("#tranches .rating").first().textContent()).isNotBlank();
            Chromium.screenshot(page, "securitization-simulation");
        }
    }
}
