package cn.ipfin.web;

import cn.ipfin.IntegrationTest;
import cn.ipfin.core.servicing.LoanClassification;
import cn.ipfin.ledger.Ledger;
import cn.ipfin.ledger.LedgerEntry;
import cn.ipfin.lending.Loan;
import cn.ipfin.lending.Loans;
import cn.ipfin.party.UserAccounts;
import cn.ipfin.servicing.LoanBook;
import cn.ipfin.shared.Actor;
import cn.ipfin.shared.ActorHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every long list's filters, through its page as the IP office opens it (issue 15: "every long list page and filter
 * (bank, kind, date range, state)"). Each filter's expected count is worked out here from the unfiltered list, and is
 * smaller than the whole list, so a filter the page ignored would show the whole list's count and fail.
 */
@IntegrationTest
@Transactional
class ListFilterTest {

    private static final Pattern TOTAL = Pattern.compile("共 (\\d+) 条");

    @Autowired MockMvc mvc;
    @Autowired UserAccounts users;
    @Autowired Loans loans;
    @Autowired Ledger ledger;
    @Autowired LoanBook book;
    @Autowired Clock clock;

    private Actor ipo() {
        return ((ActorHolder) users.loadUserByUsername("ipo")).actor();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername("ipo"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long total(String url) throws Exception {
        Matcher m = TOTAL.matcher(page(url));
        assertThat(m.find()).as("the total of " + url).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The page's total under the filter equals the rows of the whole list the predicate keeps, fewer than all. */
    private <T> void filters(String url, List<T> all, Predicate<T> kept) throws Exception {
        long expected = all.stream().filter(kept).count();
        assertThat(expected).as("the filter of " + url + " must leave some rows out to be tested").isLessThan(all.size());
        assertThat(total(url)).as(url).isEqualTo(expected);
    }

    private static <T, K> K mostCommon(List<T> rows, Function<T, K> key) {
        Map<K, Long> counts = rows.stream().filter(r -> key.apply(r) != null)
                .collect(Collectors.groupingBy(key, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void the_loan_list_filters_by_bank_state_application_dates_and_number_or_enterprise() throws Exception {
        List<Loan> all = loans.search(ipo(), new Loans.Filter(null, null, null, null, null), 0, 10_000).rows();
        assertThat(total("/loans")).isEqualTo(all.size());

        long bank = mostCommon(all, Loan::bankOrgId);
        filters("/loans?bank=" + bank, all, l -> l.bankOrgId() == bank);
        var state = mostCommon(all, Loan::state);
        filters("/loans?state=" + state, all, l -> l.state() == state);
        LocalDate middle = all.stream().map(Loan::appliedOn).sorted().toList().get(all.size() / 2);
        filters("/loans?from=" + middle, all, l -> !l.appliedOn().isBefore(middle));
        filters("/loans?to=" + middle, all, l -> !l.appliedOn().isAfter(middle));
        Loan one = all.get(all.size() / 3);
        filters("/loans?q=" + one.loanNo(), all, l -> l.loanNo().contains(one.loanNo()));
        String name = one.enterpriseName();
        filters("/loans?q=" + name, all,
                l -> l.enterpriseName().contains(name) || l.loanNo().contains(name));
        // the filters combine, and the pager's links keep them
        filters("/loans?bank=" + bank + "&state=" + state, all, l -> l.bankOrgId() == bank && l.state() == state);
    }

    @Test
    void the_ledger_filters_by_type_subject_and_recording_dates() throws Exception {
        List<LedgerEntry> all = ledger.search(ipo(), Ledger.Filter.type(null), 0, 100_000).entries();
        assertThat(total("/ledger")).isEqualTo(all.size());

        filters("/ledger?type=LOAN", all, e -> e.subjectType().equals("LOAN"));
        LedgerEntry loanEntry = all.stream().filter(e -> e.subjectType().equals("LOAN")).findFirst().orElseThrow();
        filters("/ledger?type=LOAN&subject=" + loanEntry.subjectId(), all,
                e -> e.subjectType().equals("LOAN") && e.subjectId().equals(loanEntry.subjectId()));
        LocalDate today = LocalDate.now(clock);
        ZoneId zone = clock.getZone();
        assertThat(total("/ledger?from=" + today.plusDays(1))).isZero();
        assertThat(total("/ledger?to=" + today.minusDays(1))).isEqualTo(
                all.stream().filter(e -> e.occurredAt().atZone(zone).toLocalDate().isBefore(today)).count());
        assertThat(total("/ledger?from=" + today + "&to=" + today)).isEqualTo(
                all.stream().filter(e -> e.occurredAt().atZone(zone).toLocalDate().equals(today)).count());
    }

    @Test
    void the_loan_book_filters_by_bank_class_npl_past_due_maturity_and_number() throws Exception {
        List<LoanBook.Position> all = book.positions(ipo(), LoanBook.Filter.none(), 0, 10_000).rows();
        assertThat(total("/servicing/positions")).isEqualTo(all.size());

        var classification = mostCommon(all, LoanBook.Position::classification);
        filters("/servicing/positions?classification=" + classification, all, p -> p.classification() == classification);
        filters("/servicing/positions?npl=true", all, p -> p.active() && p.classification().isNonPerforming());
        filters("/servicing/positions?pastDue=true", all, p -> p.dpd() > 0);
        String bankName = mostCommon(all, LoanBook.Position::bankName);
        long bank = book.banks(ipo()).stream().filter(b -> b.name().equals(bankName)).findFirst().orElseThrow().id();
        filters("/servicing/positions?bank=" + bank, all, p -> p.bankName().equals(bankName));
        LocalDate middle = all.stream().map(LoanBook.Position::maturityOn).sorted().toList().get(all.size() / 2);
        filters("/servicing/positions?from=" + middle, all, p -> !p.maturityOn().isBefore(middle));
        filters("/servicing/positions?to=" + middle, all, p -> !p.maturityOn().isAfter(middle));
        var one = all.stream().max(Comparator.comparing(LoanBook.Position::loanNo)).orElseThrow();
        filters("/servicing/positions?q=" + one.loanNo(), all, p -> p.loanNo().contains(one.loanNo()));
        // the portfolio chart's bars open this list by class
        assertThat(page("/servicing")).contains("/servicing/positions?classification=" + LoanClassification.NORMAL);
    }
}
