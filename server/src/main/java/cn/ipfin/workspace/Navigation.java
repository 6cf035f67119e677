package cn.ipfin.workspace;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * What a user's navigation shows: only what their roles can do, grouped by task (登记 / 融资 / 贷后 / 监管) so the
 * header holds a handful of menus rather than a dozen links, and a new page joins a menu instead of widening it.
 */
final class Navigation {

    private Navigation() {
    }

    static List<NavGroup> of(Actor actor) {
        // supervision (issue 20): the financial regulators read the statistics and bulletins, and nothing else
        if (actor.roles().stream().anyMatch(Role.REGULATORS::contains)) {
            // supervision performance: and the banks' ranking and the published typical cases
            return List.of(new NavGroup("nav.group.oversight", List.of(new NavItem("nav.supervision", "/supervision"),
                    new NavItem("nav.bankRanking", "/supervision/banks"), new NavItem("nav.typicalCases", "/supervision/cases"))));
        }
        boolean office = actor.has(Role.IPO_OFFICER) || actor.has(Role.AUDITOR);
        boolean bank = actor.has(Role.BANK_OFFICER) || actor.has(Role.BANK_APPROVER);
        boolean enterprise = actor.has(Role.ENTERPRISE_FINANCE);
        boolean valuer = actor.has(Role.VALUER) || actor.has(Role.EXPERT) || actor.has(Role.BANK_VALUER);

        var registry = new ArrayList<NavItem>();
        if (office || bank) registry.add(new NavItem("nav.enterprises", "/enterprises"));
        if (office || bank || enterprise) registry.add(new NavItem("nav.assets", "/assets"));
        if (office) registry.add(new NavItem("nav.pledges", "/pledges"));
        if (actor.has(Role.IPO_OFFICER)) registry.add(new NavItem("nav.imports", "/imports"));

        var financing = new ArrayList<NavItem>();
        if (enterprise) financing.add(new NavItem("nav.products", "/products"));
        if (bank || enterprise) {
            financing.add(new NavItem("nav.demands", "/demands"));
            financing.add(new NavItem("nav.applications", "/applications"));
        }
        if (office || bank || enterprise || valuer) financing.add(new NavItem("nav.valuations", "/valuations"));
        // h18: IP securitization (issue 18): the office and the operators run projects, pools, estimates, simulations
        if (office || actor.has(Role.OPERATOR)) {
            financing.add(new NavItem("nav.securitizationProjects", "/securitization/projects"));
            financing.add(new NavItem("nav.securitizationCost", "/securitization/cost"));
            financing.add(new NavItem("nav.securitizationSimulation", "/securitization/simulation"));
        }
        // h19 whitelist (issue 19): the office runs it, banks pre-assess and follow up, enterprises see their score
        if (actor.has(Role.IPO_OFFICER) || bank || enterprise) financing.add(new NavItem("nav.whitelist", "/whitelist"));

        // p16 programmes: the office runs the support programmes, enterprises apply, experts review
        if (office || enterprise || actor.has(Role.EXPERT)) financing.add(new NavItem("nav.programmes", "/programmes"));

        var servicing = new ArrayList<NavItem>();
        if (office || bank || enterprise) {
            servicing.add(new NavItem("nav.loans", "/loans"));
            servicing.add(new NavItem("nav.servicing", "/servicing"));
        }
        if (office || bank) {
            servicing.add(new NavItem("nav.positions", "/servicing/positions"));
            servicing.add(new NavItem("nav.collateralAlerts", "/collateral-alerts"));
        }

        // h17: default, loss sharing and disposal — banks, the IP office (the fund), guarantors and insurers
        if (office || bank || actor.has(Role.GUARANTOR_OFFICER) || actor.has(Role.INSURER_OFFICER)) {
            servicing.add(new NavItem("nav.riskshare", "/riskshare"));
        }
        // r2-riskshare: a guarantor's recourse after 代偿 (guarantor, enterprise, office); enterprises' IP policies (insurer,
        // enterprise, office)
        if (office || enterprise || actor.has(Role.GUARANTOR_OFFICER)) {
            servicing.add(new NavItem("nav.recourse", "/riskshare/recourse"));
        }
        if (office || enterprise || actor.has(Role.INSURER_OFFICER)) {
            servicing.add(new NavItem("nav.policies", "/riskshare/policies"));
        }

        var oversight = new ArrayList<NavItem>();
        oversight.add(new NavItem("nav.institutions", "/institutions"));
        oversight.add(new NavItem("nav.ledger", "/ledger"));
        oversight.add(new NavItem("nav.rules", "/rules"));
        // supervision (issue 20): the quarterly statistics for the office, the quarterly report for the banks
        if (office) oversight.add(new NavItem("nav.supervision", "/supervision"));
        if (bank) oversight.add(new NavItem("nav.bankReports", "/supervision/submissions"));
        // supervision performance: the banks' ranking for the office, the internal measures each bank records
        if (office) oversight.add(new NavItem("nav.bankRanking", "/supervision/banks"));
        if (office) oversight.add(new NavItem("nav.typicalCases", "/supervision/cases"));
        if (bank) oversight.add(new NavItem("nav.bankMeasures", "/supervision/measures"));
        if (office) oversight.add(new NavItem("nav.surveySummary", "/supervision/surveys"));
        if (office) oversight.add(new NavItem("nav.reminders", "/supervision/reminders"));
        if (bank) oversight.add(new NavItem("nav.remindersReceived", "/supervision/reminders"));
        if (enterprise) servicing.add(new NavItem("nav.surveys", "/supervision/surveys"));

        var groups = new ArrayList<NavGroup>();
        groups.add(new NavGroup("nav.workspace", List.of(new NavItem("nav.workspace", "/workspace"))));
        add(groups, "nav.group.registry", registry);
        add(groups, "nav.group.financing", financing);
        add(groups, "nav.group.servicing", servicing);
        add(groups, "nav.group.oversight", oversight);
        return List.copyOf(groups);
    }

    private static void add(List<NavGroup> groups, String labelKey, List<NavItem> items) {
        if (!items.isEmpty()) groups.add(new NavGroup(labelKey, items));
    }
}
