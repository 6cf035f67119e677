package cn.ipfin.workspace;

import cn.ipfin.core.party.OrgType;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest {

    @Test
    void the_office_sees_a_handful_of_task_menus_not_a_dozen_links() {
        List<NavGroup> groups = Navigation.of(actor(Role.IPO_OFFICER));
        assertThat(groups).extracting(NavGroup::labelKey).containsExactly(
                "nav.workspace", "nav.group.registry", "nav.group.financing", "nav.group.servicing",
                "nav.group.oversight");
        assertThat(groups.get(1).items()).extracting(NavItem::href)
                .containsExactly("/enterprises", "/assets", "/pledges", "/imports");
    }

    @Test
    void a_task_with_one_page_for_this_role_is_a_plain_link() {
        List<NavGroup> groups = Navigation.of(actor(Role.VALUER));
        NavGroup financing = groups.stream().filter(g -> g.labelKey().equals("nav.group.financing")).findFirst()
                .orElseThrow();
        assertThat(financing.single()).isTrue();
        assertThat(groups).extracting(NavGroup::labelKey).doesNotContain("nav.group.registry");
    }

    @Test
    void a_page_beneath_an_item_marks_its_group_but_a_lookalike_path_does_not() {
        NavGroup servicing = Navigation.of(actor(Role.BANK_OFFICER)).stream()
                .filter(g -> g.labelKey().equals("nav.group.servicing")).findFirst().orElseThrow();
        assertThat(servicing.contains("/loans/L-1/servicing")).isTrue();
        assertThat(servicing.contains("/loansx")).isFalse();
    }

    private static Actor actor(Role role) {
        return new Actor(1L, "someone", 1L, OrgType.BANK, Set.of(role), Set.of(1L));
    }
}
