package cn.ipfin.shared;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.HtmlUtils;

import java.util.function.Supplier;

/**
 * How every page runs a command posted by htmx: on success the page moves on ({@code HX-Redirect}); on a refusal the
 * rule's reason (Chinese or English, as the reader reads) shows in place of the form's result, as an alert a screen
 * reader announces; a lost race (409) says that someone else changed the record and offers to reload it; a command
 * the reader may not give, or about a record they cannot see, says so in place too.
 */
@Component
public class PageActions {

    private final MessageSource messages;

    public PageActions(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs the command; its result names the page to go to next. A conflict offers to reload the page it came from. */
    public String run(HttpServletResponse response, Supplier<String> command) {
        var current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r
                ? r.getRequest().getHeader("HX-Current-URL") : null;
        // htmx names the page the form is on; an empty link is that same page too
        return run(response, current == null ? "" : current, command);
    }

    /** Runs the command; its result names the page to go to next. */
    public String run(HttpServletResponse response, String reloadPath, Supplier<String> command) {
        try {
            response.setHeader("HX-Redirect", command.get());
            return "";
        } catch (RuleViolation e) {
            return refusal(Bilingual.english() ? e.en() : e.zh());
        } catch (ConcurrentEditConflict e) {
            return "<p class=\"alert error conflict\" role=\"alert\">" + HtmlUtils.htmlEscape(message("page.conflict"))
                    + " <a href=\"" + HtmlUtils.htmlEscape(reloadPath) + "\">" + HtmlUtils.htmlEscape(message("page.reload"))
                    + "</a></p>";
        } catch (AccessDeniedException e) {
            return refusal(message("page.notPermitted"));
        } catch (RecordNotFound e) {
            return refusal(message("problem.notFound", e.subject()));
        }
    }

    public String refusal(String text) {
        return "<p class=\"alert error\" role=\"alert\">" + HtmlUtils.htmlEscape(text) + "</p>";
    }

    public String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The message, or {@code fallback} where the bundles have none (a form field without a label of its own). */
    public String messageOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
