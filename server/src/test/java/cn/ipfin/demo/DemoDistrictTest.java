package cn.ipfin.demo;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.asset.IpKind;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.identifier.UnifiedSocialCreditCode;
import cn.ipfin.core.lending.LoanState;
import cn.ipfin.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDistrictTest {

    @Autowired JdbcClient jdbc;
    @Autowired DemoDistrictLoader loader;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    @Test
    void the_demo_district_has_loans_in_every_state() {
        List<String> states = jdbc.sql("select distinct state from loan").query(String.class).list();
        assertThat(states).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(LoanState.values()).map(Enum::name).toList());
    }

    @Test
    void every_stored_credit_code_and_patent_number_passes_its_check() {
        List<String> codes = jdbc.sql("select credit_code from organisation where credit_code is not null")
                .query(String.class).list();
        assertThat(codes).hasSizeGreaterThan(40).allMatch(UnifiedSocialCreditCode::isValid);
        List<String> patents = jdbc.sql("select number from ip_asset where kind in (:kinds)")
                .param("kinds", List.of(IpKind.INVENTION_PATENT.name(), IpKind.UTILITY_MODEL.name(),
                        IpKind.DESIGN_PATENT.name()))
                .query(String.class).list();
        assertThat(patents).isNotEmpty().allMatch(PatentApplicationNumber::isValid);
    }

    @Test
    void every_loan_has_its_history_in_the_ledger_ending_in_its_state() {
        List<String> mismatched = jdbc.sql("""
                        select l.loan_no from loan l
                        where l.state <> (select e.action from ledger_entry e where e.subject_type = 'LOAN'
                                          and e.subject_id = l.loan_no and e.action = any(:states)
                                          order by e.seq desc limit 1)""")
                .param("states", java.util.Arrays.stream(cn.ipfin.core.lending.LoanState.values()).map(Enum::name).toArray(String[]::new))
                .query(String.class).list();
        assertThat(mismatched).isEmpty();
    }

    @Test
    void there_is_a_demo_login_for_every_role() {
        List<String> roles = jdbc.sql("select distinct unnest(roles) from app_user").query(String.class).list();
        assertThat(roles).containsAll(EnumSet.allOf(Role.class).stream().map(Enum::name).toList());
    }

    @Test
    void starting_again_on_a_loaded_database_loads_nothing_twice() {
        long enterprises = jdbc.sql("select count(*) from enterprise").query(Long.class).single();
        long entries = jdbc.sql("select count(*) from ledger_entry where subject_type = 'LOAN'").query(Long.class).single();

        loader.loadIfEmpty();

        assertThat(jdbc.sql("select count(*) from enterprise").query(Long.class).single()).isEqualTo(enterprises);
        assertThat(jdbc.sql("select count(*) from ledger_entry where subject_type = 'LOAN'").query(Long.class).single())
                .isEqualTo(entries);
    }

    @Test
    void the_banner_names_the_port_the_server_really_listens_on_and_the_demo_users_exist_before_it_opens() {
        // the suite's server runs on a random port: a banner hard-wired to 8080 would be wrong here
        assertThat(loader.url()).isEqualTo("http://localhost:" + port);
        assertThat(loader.usersReadyWhenPortOpened()).isTrue();
    }
}
