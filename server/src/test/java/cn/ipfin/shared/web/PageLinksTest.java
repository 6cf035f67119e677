package cn.ipfin.shared.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/** The pager of every list keeps the filters the person chose and changes only the page. */
class PageLinksTest {

    @AfterEach
    void forget_the_request() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void the_next_page_keeps_every_filter_as_the_browser_encoded_it() {
        asIfRequested("/assets", "q=%E4%B8%93%E5%88%A9+A&kind=PATENT&page=1");
        assertThat(new PageLinks().to(2)).isEqualTo("/assets?q=%E4%B8%93%E5%88%A9+A&kind=PATENT&page=2");
    }

    @Test
    void the_first_visit_without_a_page_gains_one() {
        asIfRequested("/loans", "state=OVERDUE");
        assertThat(new PageLinks().to(1)).isEqualTo("/loans?state=OVERDUE&page=1");
        asIfRequested("/ledger", null);
        assertThat(new PageLinks().to(1)).isEqualTo("/ledger?page=1");
    }

    private static void asIfRequested(String path, String query) {
        var request = new MockHttpServletRequest("GET", path);
        request.setQueryString(query);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
