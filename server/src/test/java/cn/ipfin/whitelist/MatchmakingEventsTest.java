package cn.ipfin.whitelist;

import cn.ipfin.IntegrationTest;
import cn.ipfin.ledger.Ledger;
import cn.ipfin.ledger.LedgerEntry;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import cn.ipfin.shared.BusinessDates;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static cn.ipfin.RuleAsserts.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Matchmaking events (seeds 001 三(三)9, 003 §八, 004 (十六)): the office invites whitelist enterprises and banks and
 * records who came; a bank follows each contact to an application or a reason, into the matching ledger. Rolled back.
 */
@IntegrationTest
@Transactional
class MatchmakingEventsTest {

    private static final String PERIOD = "2026Q4";

    @Autowired MatchmakingEvents matchmaking;
    @Autowired Whitelists whitelists;
    @Autowired UserAccounts users;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired BusinessDates dates;
    @Autowired MockMvc mvc;

    private Actor actor(String username) {
        return ((ActorHolder) users.loadUserByUsername(username)).actor();
    }

    @Test
    void an_event_invites_the_whitelist_and_banks_and_follows_each_contact_to_an_application_or_a_reason() throws Exception {
        Actor ipo = actor("ipo");
        Actor bank = actor("bank1");
        whitelists.generate(ipo, PERIOD, 0);
        // enterprise1 withdrew: it is kept out of events as out of releases
        whitelists.withdraw(actor("enterprise1"));
        MatchmakingEvents.Event event = matchmaking.plan(ipo, MatchmakingEvents.Kind.BANK_ENTERPRISE, "梧桐湖银企对接会",
                dates.today(), "鄂州市科技城");
        int whitelisted = (int) whitelists.entries(ipo, PERIOD).stream()
                .filter(e -> e.enterpriseId() != actor("enterprise1").orgId()).count();
        assertThat(matchmaking.inviteWhitelist(ipo, event.id(), PERIOD)).isEqualTo(whitelisted).isPositive();
        matchmaking.invite(ipo, event.id(), bank.orgId());
        assertThatThrownBy(() -> matchmaking.invite(ipo, event.id(), actor("enterprise1").orgId()))
                .satisfies(refusedBy("whitelist.event-invitee"));
        assertThatThrownBy(() -> matchmaking.invite(ipo, event.id(), actor("valuer1").orgId()))
                .satisfies(refusedBy("whitelist.event-invitee"));

        // an enterprise of the whitelist that has an application at bank1: it came; another did not
        long applicant = jdbc.sql("""
                select l.enterprise_id from loan_view l join whitelist_event_invitee i
                  on i.org_id = l.enterprise_id and i.event_id = :e
                where l.bank_org_id = :b order by l.id limit 1""")
                .param("e", event.id()).param("b", bank.orgId()).query(Long.class).single();
        String loanNo = jdbc.sql("select loan_no from loan_view where enterprise_id = :n and bank_org_id = :b order by id limit 1")
                .param("n", applicant).param("b", bank.orgId()).query(String.class).single();
        long absent = matchmaking.invitees(ipo, event.id()).stream()
                .filter(i -> i.side().equals("ENTERPRISE") && i.orgId() != applicant).findFirst().orElseThrow().orgId();
        matchmaking.attendance(ipo, event.id(), bank.orgId(), true);
        matchmaking.attendance(ipo, event.id(), applicant, true);
        matchmaking.attendance(ipo, event.id(), absent, false);

        assertThatThrownBy(() -> matchmaking.contact(bank, event.id(), absent))
                .satisfies(refusedBy("whitelist.event-contact-not-attended"));
        assertThatThrownBy(() -> matchmaking.contact(actor("bank2"), event.id(), applicant))
                .satisfies(refusedBy("whitelist.event-contact-not-attended"));
        matchmaking.contact(bank, event.id(), applicant);
        assertThatThrownBy(() -> matchmaking.followUp(bank, event.id(), applicant, MatchmakingEvents.ContactStatus.DECLINED,
                null, " ")).satisfies(refusedBy("whitelist.event-decline-reason"));
        assertThatThrownBy(() -> matchmaking.followUp(bank, event.id(), applicant, MatchmakingEvents.ContactStatus.APPLIED,
                "NO-SUCH-LOAN", null)).satisfies(refusedBy("whitelist.event-application-unknown"));
        matchmaking.followUp(bank, event.id(), applicant, MatchmakingEvents.ContactStatus.APPLIED, loanNo, null);

        MatchmakingEvents.Event after = matchmaking.events(ipo).stream().filter(e -> e.id() == event.id()).findFirst().orElseThrow();
        assertThat(after.invited()).isEqualTo(whitelisted + 1);
        assertThat(after.attended()).isEqualTo(2);
        assertThat(after.contacts()).isEqualTo(1);
        assertThat(after.applied()).isEqualTo(1);
        assertThat(matchmaking.contacts(bank, event.id())).singleElement()
                .satisfies(c -> assertThat(c.loanNo()).isEqualTo(loanNo));
        // the same matching ledger as the demand library: subject MATCH, contacted then applied
        List<LedgerEntry> lines = ledger.history(bank, MatchmakingEvents.MATCH,
                MatchmakingEvents.subject(event.id(), bank.orgId(), applicant));
        assertThat(lines).extracting(LedgerEntry::action).containsExactly("CONTACTED", "APPLIED");
        // another bank, not invited, sees neither the event nor its contacts
        assertThat(matchmaking.events(actor("bank2"))).extracting(MatchmakingEvents.Event::id).doesNotContain(event.id());

        String page = mvc.perform(get("/whitelist?event=" + event.id()).with(user(users.loadUserByUsername("bank1"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("梧桐湖银企对接会", "银企对接会", "已申请", loanNo);
        String english = mvc.perform(get("/whitelist?event=" + event.id()).with(user(users.loadUserByUsername("ipo")))
                        .cookie(new Cookie("ipfin-lang", "en")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Bank–enterprise matchmaking meeting", "Attended").doesNotContain("??");
    }

    @Test
    void attendance_waits_for_the_event_and_an_event_needs_its_title_date_and_venue() {
        Actor ipo = actor("ipo");
        MatchmakingEvents.Event week = matchmaking.plan(ipo, MatchmakingEvents.Kind.IP_WEEK, "4.26 知识产权宣传周入园惠企",
                dates.today().plusDays(20), "梧桐湖新区");
        matchmaking.invite(ipo, week.id(), actor("bank1").orgId());
        assertThatThrownBy(() -> matchmaking.attendance(ipo, week.id(), actor("bank1").orgId(), true))
                .satisfies(refusedBy("whitelist.event-not-held"));
        assertThatThrownBy(() -> matchmaking.plan(ipo, MatchmakingEvents.Kind.ROADSHOW, " ", dates.today(), "园区"))
                .satisfies(refusedBy("whitelist.event-title"));
    }
}
