package cn.ipfin.whitelist;

import cn.ipfin.IntegrationTest;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import cn.ipfin.shared.BusinessDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The project library of strong patents (seed 003 §七) and the pre-IPO IP database (seed 004 (十二)). Rolled back. */
@IntegrationTest
@Transactional
class ProjectLibraryTest {

    private static final String PERIOD = "2026Q4";

    @Autowired ProjectLibrary library;
    @Autowired Whitelists whitelists;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired BusinessDates dates;
    @Autowired MockMvc mvc;

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    /** An invention patent of the registry, as the test reads it to decide for itself. */
    record Patent(long assetId, long owner, String kind, String status, LocalDate expiresOn, int claims, int citedBy,
                  int family, boolean pledged) {
    }

    @Test
    void the_library_holds_exactly_the_strong_unpledged_invention_patents_of_consenting_whitelist_enterprises() throws Exception {
        // every enterprise consents but enterprise1, which withdraws
        jdbc.sql("""
                insert into whitelist_consent (enterprise_id, consented_at)
                select organisation_id, :at from enterprise_view on conflict (enterprise_id) do nothing""")
                .param("at", Timestamp.valueOf("2026-11-01 09:00:00")).update();
        whitelists.withdraw(actor("enterprise1"));
        long withdrawn = actor("enterprise1").orgId();
        whitelists.generate(actor("ipo"), PERIOD, 0);
        Set<Long> listed = whitelists.entries(actor("ipo"), PERIOD).stream().map(Whitelists.Entry::enterpriseId)
                .collect(Collectors.toSet());

        int published = library.publish(actor("ipo"), PERIOD);
        LocalDate horizon = dates.today().plusYears(ProjectLibrary.MIN_REMAINING_YEARS);
        List<Patent> registry = jdbc.sql("""
                select a.id, o.enterprise_id, a.kind, a.status, a.expires_on, coalesce(a.claims, 0), coalesce(a.cited_by, 0),
                       coalesce(a.family_size, 1),
                       exists (select 1 from ip_pledge_view g where g.asset_id = a.id and g.cancelled_on is null)
                from ip_asset_view a join ip_asset_owner_view o on o.asset_id = a.id""")
                .query((rs, i) -> new Patent(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getBoolean(9)))
                .list();
        Set<Long> expected = registry.stream()
                .filter(p -> listed.contains(p.owner()) && p.owner() != withdrawn)
                .filter(p -> p.kind().equals("INVENTION_PATENT") && p.status().equals("IN_FORCE"))
                .filter(p -> p.expiresOn() != null && !p.expiresOn().isBefore(horizon))
                .filter(p -> p.claims() >= ProjectLibrary.MIN_CLAIMS || p.citedBy() > 0 || p.family() > 1)
                .filter(p -> !p.pledged())
                .map(Patent::assetId).collect(Collectors.toSet());
        List<ProjectLibrary.Project> projects = library.projects(actor("bank1"), PERIOD);
        assertThat(projects).hasSize(published).isNotEmpty();
        assertThat(projects.stream().map(ProjectLibrary.Project::assetId).collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(projects).allSatisfy(p -> assertThat(p.remainingYears()).isGreaterThanOrEqualTo(3))
                .noneMatch(p -> p.enterpriseId() == withdrawn);
        // the demo has pledged invention patents: the rule "not pledged now" is exercised
        assertThat(registry).anyMatch(p -> p.pledged() && listed.contains(p.owner()) && p.kind().equals("INVENTION_PATENT"));

        assertThatThrownBy(() -> library.publish(actor("ipo"), PERIOD)).satisfies(refusedBy("whitelist.library-published"));
        assertThatThrownBy(() -> library.projects(actor("enterprise1"), PERIOD)).isInstanceOf(AccessDeniedException.class);
        String page = mvc.perform(get("/whitelist?period=" + PERIOD).with(user(users.loadUserByUsername("bank1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("知识产权质押融资项目库", projects.getFirst().number());
    }

    @Test
    void the_pre_ipo_database_lists_the_qualified_enterprises_with_their_ip() throws Exception {
        // the demo district has no pre-IPO enterprise today: two enter the registry's list, one of them expired
        List<Long> two = jdbc.sql("select organisation_id from enterprise_view order by organisation_id limit 2")
                .query(Long.class).list();
        jdbc.sql("""
                insert into enterprise_qualification (enterprise_id, kind, granted_on, expires_on, source)
                values (:a, 'PRE_IPO', date '2025-03-01', null, '拟上市企业库'),
                       (:b, 'PRE_IPO', date '2024-03-01', date '2026-06-30', '拟上市企业库')""")
                .param("a", two.get(0)).param("b", two.get(1)).update();
        List<ProjectLibrary.PreIpoEnterprise> preIpo = library.preIpo(actor("ipo"));
        assertThat(preIpo).extracting(ProjectLibrary.PreIpoEnterprise::enterpriseId).contains(two.get(0))
                .doesNotContain(two.get(1));
        Set<Long> qualified = Set.copyOf(jdbc.sql("""
                select distinct enterprise_id from enterprise_qualification_view where kind = 'PRE_IPO'
                  and granted_on <= :d and (expires_on is null or expires_on > :d)""")
                .param("d", dates.today()).query(Long.class).list());
        assertThat(preIpo).extracting(ProjectLibrary.PreIpoEnterprise::enterpriseId).containsExactlyInAnyOrderElementsOf(qualified);
        assertThat(preIpo).isNotEmpty();
        ProjectLibrary.PreIpoEnterprise first = preIpo.getFirst();
        int inventions = jdbc.sql("""
                select count(*) from ip_asset_owner_view o join ip_asset_view a on a.id = o.asset_id
                where o.enterprise_id = :e and a.kind = 'INVENTION_PATENT' and a.status = 'IN_FORCE'""")
                .param("e", first.enterpriseId()).query(Integer.class).single();
        assertThat(first.inventionPatents()).isEqualTo(inventions);
        assertThatThrownBy(() -> library.preIpo(actor("bank1"))).isInstanceOf(AccessDeniedException.class);
        String page = mvc.perform(get("/whitelist").with(user(users.loadUserByUsername("ipo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("拟上市企业知识产权数据库", first.name());
    }
}
