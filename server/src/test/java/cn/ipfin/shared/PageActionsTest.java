package cn.ipfin.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page's htmx command runs the same way: move on, or say why not in place, as an alert. */
class PageActionsTest {

    private final PageActions actions = new PageActions(messages());
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void forget() {
        RequestContextHolder.resetRequestAttributes();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void a_command_that_succeeds_sends_the_page_on() {
        assertThat(actions.run(response, () -> "/valuations/7")).isEmpty();
        assertThat(response.getHeader("HX-Redirect")).isEqualTo("/valuations/7");
    }

    @Test
    void a_refusal_shows_the_rules_reason_in_the_readers_language_as_an_alert() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        String html = actions.run(response, () -> {
            throw Rule.of("test.escaped-words", Rule.PLATFORM, "请填写评估目的", "state the purpose <of the valuation>").violation();
        });
        assertThat(html).isEqualTo("<p class=\"alert error\" role=\"alert\">state the purpose &lt;of the valuation&gt;</p>");
        assertThat(response.getHeader("HX-Redirect")).isNull();
    }

    @Test
    void a_lost_race_offers_to_reload_the_page_the_form_is_on() {
        var request = new MockHttpServletRequest();
        request.addHeader("HX-Current-URL", "http://localhost/valuations/7");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        String html = actions.run(response, () -> {
            throw new ConcurrentEditConflict("valuation", 7, 3);
        });
        assertThat(html).startsWith("<p class=\"alert error conflict\" role=\"alert\">conflict")
                .contains("<a href=\"http://localhost/valuations/7\">reload</a>");
    }

    @Test
    void a_command_the_reader_may_not_give_says_so_in_place() {
        assertThat(actions.run(response, "/servicing/lpr", () -> {
            throw new AccessDeniedException("IP office only");
        })).contains("not permitted");
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        messages.addMessage("page.conflict", Locale.getDefault(), "conflict");
        messages.addMessage("page.reload", Locale.getDefault(), "reload");
        messages.addMessage("page.notPermitted", Locale.getDefault(), "not permitted");
        return messages;
    }
}
