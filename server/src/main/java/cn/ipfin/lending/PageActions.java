package cn.ipfin.lending;

import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import java.util.function.Supplier;

/**
 * How the origination pages run a command posted by htmx: on success the page moves on ({@code HX-Redirect}); on a
 * refusal the rule's reason (Chinese or English, as the reader reads) shows in place of the form's result, and a
 * lost race (409) says that someone else changed the application and offers to reload it.
 */
@Component
public class PageActions {

    private final MessageSource messages;

    PageActions(MessageSource messages) {
        this.messages = messages;
    }

    /** Runs the command; its result names the page to go to next. */
    public String run(HttpServletResponse response, String reloadPath, Supplier<String> command) {
        try {
            response.setHeader("HX-Redirect", command.get());
            return "";
        } catch (RuleViolation e) {
            return refusal(english() ? e.en() : e.zh());
        } catch (ConcurrentEditConflict e) {
            return "<p class=\"alert error conflict\" role=\"alert\">" + HtmlUtils.htmlEscape(message("origination.conflict"))
                    + " <a href=\"" + HtmlUtils.htmlEscape(reloadPath) + "\">" + HtmlUtils.htmlEscape(message("origination.reload"))
                    + "</a></p>";
        } catch (AccessDeniedException e) {
            return refusal(message("origination.notPermitted"));
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

    /** The form field's label, for a message about it; the parameter's name when it has none. */
    String fieldLabel(String parameter) {
        return messages.getMessage("origination.field." + parameter, null, parameter, LocaleContextHolder.getLocale());
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
