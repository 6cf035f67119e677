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
        if (office || bank || actor.has(Role.ENTERPRISE_FINANCE)) {
            items.add(new NavItem("nav.assets", "/assets"));
            items.add(new NavItem("nav.loans", "/loans"));
        }
        if (actor.has(Role.IPO_OFFICER)) {
            items.add(new NavItem("nav.imports", "/imports"));
        }
        items.add(new NavItem("nav.institutions", "/institutions"));
        items.add(new NavItem("nav.ledger", "/ledger"));
        return List.copyOf(items);
    }
}
