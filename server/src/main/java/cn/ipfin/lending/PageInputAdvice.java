package cn.ipfin.lending;

import cn.ipfin.shared.PageActions;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * A form field the origination pages cannot read (a missing value, letters where a number belongs) is shown where
 * the form's result goes, like a refusal, instead of an error page htmx would not display.
 */
@ControllerAdvice(assignableTypes = {MarketplaceController.class, OriginationController.class, OriginationActions.class,
        PledgeRegisterController.class})
class PageInputAdvice {

    private final PageActions actions;

    PageInputAdvice(PageActions actions) {
        this.actions = actions;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseBody
    String mismatch(MethodArgumentTypeMismatchException e) {
        return actions.refusal(actions.message("origination.badField", PageInputAdvice.fieldLabel(actions, e.getName())));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    @ResponseBody
    String missing(Exception e) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return actions.refusal(actions.message("origination.missingField", PageInputAdvice.fieldLabel(actions, name)));
    }

    /** The form field's label, for a message about it; the parameter's name when it has none. */
    static String fieldLabel(PageActions actions, String parameter) {
        return actions.messageOr("origination.field." + parameter, parameter);
    }
}
