package cn.ipfin.workspace;

import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;

import java.util.ArrayList;
import java.util.List;

/** What a user's navigation shows: only what their roles can do. */
final class Navigation {

    private Navigation() {
    }

    static List<NavItem> of(Actor actor) {
        var items = new ArrayList<NavItem>();
        items.add(new NavItem("nav.workspace", "/workspace"));
        boolean office = actor.has(Role.IPO_OFFICER) || actor.has(Role.AUDITOR);
        boolean bank = actor.has(Role.BANK_OFFICER) || actor.has(Role.BANK_APPROVER);
        if (office || bank) {
            items.add(new NavItem("nav.enterprises", "/enterprises"));
        }
        boolean enterprise = actor.has(Role.ENTERPRISE_FINANCE);
        if (office || bank || enterprise) {
            items.add(new NavItem("nav.assets", "/assets"));
        }
        if (enterprise) {
            items.add(new NavItem("nav.products", "/products"));
        }
        if (bank || enterprise) {
            items.add(new NavItem("nav.demands", "/demands"));
            items.add(new NavItem("nav.applications", "/applications"));
        }
        if (office || bank || enterprise) {
            items.add(new NavItem("nav.loans", "/loans"));
        }
        if (office || bank || enterprise) {
            items.add(new NavItem("nav.servicing", "/servicing"));
        }
        if (office) {
            items.add(new NavItem("nav.pledges", "/pledges"));
        }
        if (office || bank || enterprise || actor.has(Role.VALUER) || actor.has(Role.EXPERT) || actor.has(Role.BANK_VALUER)) {
            items.add(new NavItem("nav.valuations", "/valuations"));
        }
        if (office || bank) {
            items.add(new NavItem("nav.collateralAlerts", "/collateral-alerts"));
        }
        if (actor.has(Role.IPO_OFFICER)) {
            items.add(new NavItem("nav.imports", "/imports"));
        }
        items.add(new NavItem("nav.institutions", "/institutions"));
        items.add(new NavItem("nav.ledger", "/ledger"));
        return List.copyOf(items);
    }
}
