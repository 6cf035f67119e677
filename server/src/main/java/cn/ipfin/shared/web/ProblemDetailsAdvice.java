package cn.ipfin.shared.web;

import cn.ipfin.shared.ConcurrentEditConflict;
import cn.ipfin.shared.RecordNotFound;
import cn.ipfin.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Every API error is an RFC 9457 problem detail in the caller's language; validation errors list each field
 * with its message, so a form or a script can point at what to fix.
 */
@RestControllerAdvice(annotations = RestController.class)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("problem.validation", null, locale));
        problem.setType(URI.create("urn:ipfin:problem:validation"));
        problem.setTitle(messages.getMessage("problem.validation.title", null, locale));
        List<Map<String, Object>> fields = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.<String, Object>of("field", e.getField(),
                        "message", messages.getMessage(e, locale),
                        "rejected", String.valueOf(rejected(e))))
                .toList();
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(RecordNotFound.class)
    ProblemDetail notFound(RecordNotFound e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                messages.getMessage("problem.notFound", new Object[]{e.subject()}, locale));
        problem.setType(URI.create("urn:ipfin:problem:not-found"));
        problem.setTitle(messages.getMessage("problem.notFound.title", null, locale));
        return problem;
    }

    @ExceptionHandler(ConcurrentEditConflict.class)
    ProblemDetail conflict(ConcurrentEditConflict e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("problem.conflict", null, locale));
        problem.setType(URI.create("urn:ipfin:problem:conflict"));
        problem.setTitle(messages.getMessage("problem.conflict.title", null, locale));
        return problem;
    }

    /**
     * A refused rule carries its catalogue code and citation (RFC 9457 extension members), so a bank's system can act
     * on the code rather than parse the words; a refusal for several reasons lists each under {@code reasons}.
     */
    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        var locale = LocaleContextHolder.getLocale();
        boolean english = "en".equals(locale.getLanguage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, english ? e.en() : e.zh());
        problem.setType(URI.create("urn:ipfin:problem:rule"));
        problem.setTitle(messages.getMessage("problem.rule.title", null, locale));
        problem.setProperty("code", e.rule().code());
        problem.setProperty("citation", e.rule().citation());
        if (e.reasons().size() > 1) {
            problem.setProperty("reasons", e.reasons().stream()
                    .map(r -> Map.of("code", r.rule().code(), "citation", r.rule().citation(),
                            "detail", english ? r.en() : r.zh()))
                    .toList());
        }
        return problem;
    }

    private static Object rejected(FieldError e) {
        Object value = e.getRejectedValue();
        return value instanceof String s && s.length() > 200 ? s.substring(0, 200) + "…" : value;
    }
}
