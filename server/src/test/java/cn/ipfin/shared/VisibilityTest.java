package cn.ipfin.shared;

import cn.ipfin.core.party.OrgType;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The organisation-visibility predicate is written and bound in one place. */
class VisibilityTest {

    @Test
    void the_predicate_names_each_organisation_column_and_lets_the_ip_office_see_everything() {
        assertThat(Visibility.anyOf("l.bank_org_id", "l.enterprise_id"))
                .isEqualTo(" (:all or l.bank_org_id = any(:orgs) or l.enterprise_id = any(:orgs)) ");
    }

    @Test
    void a_bank_binds_its_own_organisations_and_not_the_district() {
        var bank = new Actor(1, "bank1", 10, OrgType.BANK, Set.of(), Set.of(10L, 11L));
        var params = Visibility.of(bank);
        assertThat(params.get("all")).isEqualTo(false);
        assertThat((Long[]) params.get("orgs")).containsExactlyInAnyOrder(10L, 11L);
        assertThat(Visibility.of(Actor.system()).get("all")).isEqualTo(true);
    }
}
