package cn.ipfin.shared.web;

import cn.ipfin.shared.InvalidField;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A caller's mistake is a 4xx problem naming the field and saying what it should be, in the caller's language
 * (Chinese by default, English with Accept-Language: en) — never a server error: a body that is not JSON or has a field
 * the command does not know, a value of the wrong type, a paging or range parameter out of bounds, a malformed
 * multipart request, and the values the database itself refuses (a check constraint, a text with a NUL character)
 * when they slip past the commands' own validation. Ordered ahead of {@link ProblemDetailsAdvice} so that these
 * answers, not Spring's default bodies, are given.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CallerMistakeAdvice {

    private final MessageSource messages;

    CallerMistakeAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return invalid(HttpStatus.BAD_REQUEST, field, text("problem.input.unknownField", field));
        }
        if (cause instanceof ValueInstantiationException instantiation) {
            Throwable why = instantiation.getCause() == null ? instantiation : instantiation.getCause();
            return invalid(HttpStatus.BAD_REQUEST, fieldOrBody(path(instantiation)), inCallerLanguage(why.getMessage()));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = fieldOrBody(path(mismatch));
            return invalid(HttpStatus.BAD_REQUEST, field,
                    text("problem.input.type", field, typeName(mismatch.getTargetType())));
        }
        if (cause instanceof StreamReadException read) {
            return invalid(HttpStatus.BAD_REQUEST, "body", text("problem.input.malformedJson",
                    read.getLocation() == null ? "?" : read.getLocation().getLineNr() + ":" + read.getLocation().getColumnNr()));
        }
        if (cause instanceof JacksonException jackson) {
            String field = fieldOrBody(path(jackson));
            return invalid(HttpStatus.BAD_REQUEST, field, text("problem.input.unreadableField", field));
        }
        return invalid(HttpStatus.BAD_REQUEST, "body", text("problem.input.unreadableBody"));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ProblemDetail typeMismatch(TypeMismatchException e) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return invalid(HttpStatus.BAD_REQUEST, field, text("problem.input.type", field, typeName(e.getRequiredType())));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getConstraintViolations().forEach(v -> errors.add(Map.of("field", lastNode(v.getPropertyPath()),
                "message", v.getMessage(), "rejected", String.valueOf(v.getInvalidValue()))));
        return problem(HttpStatus.BAD_REQUEST, text("problem.validation"), errors);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail methodValidation(HandlerMethodValidationException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field = error instanceof FieldError f ? f.getField() : parameter;
                errors.add(Map.of("field", field == null ? "?" : field,
                        "message", messages.getMessage(error, locale)));
            }
        });
        return problem(HttpStatus.BAD_REQUEST, text("problem.validation"), errors);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return invalid(HttpStatus.BAD_REQUEST, e.getParameterName(), text("problem.input.missing", e.getParameterName()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return invalid(HttpStatus.BAD_REQUEST, e.getHeaderName(), text("problem.input.missing", e.getHeaderName()));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return invalid(HttpStatus.BAD_REQUEST, e.getRequestPartName(),
                text("problem.input.missingPart", e.getRequestPartName()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail uploadTooLarge(MaxUploadSizeExceededException e) {
        return invalid(HttpStatus.CONTENT_TOO_LARGE, "file", text("problem.input.uploadSize"));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail malformedMultipart(MultipartException e) {
        return invalid(HttpStatus.BAD_REQUEST, "file", text("problem.input.multipart"));
    }

    /**
     * What the database refused although validation let it through. Answered 422 with the field taken from the
     * constraint (see {@link ConstraintFields}); the transaction is rolled back, so nothing is partly written.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail refusedByDatabase(DataIntegrityViolationException e) {
        ServerErrorMessage server = serverMessage(e);
        String state = server == null ? "" : server.getSQLState();
        String field = ConstraintFields.field(server);
        if (e instanceof DuplicateKeyException || "23505".equals(state)) {
            return invalid(HttpStatus.CONFLICT, field, text("problem.input.duplicate", field));
        }
        String key = switch (state == null ? "" : state) {
            case "22021", "22P05" -> "problem.input.nul";
            case "22001" -> "problem.input.tooLong";
            case "22003" -> "problem.input.outOfRange";
            case "22007", "22008" -> "problem.input.date";
            case "23503" -> "problem.input.reference";
            case "23502" -> "problem.input.missing";
            default -> "problem.input.refused";
        };
        HttpStatus status = state != null && state.startsWith("22") ? HttpStatus.BAD_REQUEST
                : HttpStatus.UNPROCESSABLE_CONTENT;
        return invalid(status, field, text(key, field));
    }

    @ExceptionHandler(InvalidField.class)
    ProblemDetail invalidField(InvalidField e) {
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        String message = english ? e.en() : e.zh();
        return problem(HttpStatus.BAD_REQUEST, message, e.fields().stream()
                .map(f -> Map.<String, Object>of("field", f, "message", message)).toList());
    }

    /**
     * A value a domain type refused on construction (an amount with 3 decimals, a date out of the calendar): the
     * caller's input, checked where the rule lives. Core messages are bilingual "中文 / English".
     */
    @ExceptionHandler({IllegalArgumentException.class, DateTimeException.class})
    ProblemDetail refusedValue(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, inCallerLanguage(e.getMessage()), List.of());
    }

    private ProblemDetail invalid(HttpStatus status, String field, String message) {
        return problem(status, message, List.of(Map.of("field", field, "message", message)));
    }

    private ProblemDetail problem(HttpStatus status, String detail, List<Map<String, Object>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:ipfin:problem:validation"));
        problem.setTitle(text("problem.validation.title"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private String inCallerLanguage(String message) {
        if (message == null || message.isBlank()) {
            return text("problem.input.refused", "?");
        }
        int slash = message.indexOf(" / ");
        if (slash < 0) {
            return message;
        }
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return english ? message.substring(slash + 3) : message.substring(0, slash);
    }

    private String typeName(Class<?> type) {
        String key;
        if (type == null) {
            key = "other";
        } else if (type.isEnum()) {
            StringBuilder values = new StringBuilder();
            for (Object constant : type.getEnumConstants()) {
                values.append(values.isEmpty() ? "" : ", ").append(constant);
            }
            return text("problem.type.enum", values);
        } else if (type == int.class || type == long.class || type == Integer.class || type == Long.class
                || type == short.class || type == BigInteger.class) {
            key = "integer";
        } else if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class || type.getSimpleName().equals("Money")) {
            key = "number";
        } else if (type == LocalDate.class) {
            key = "date";
        } else if (Temporal.class.isAssignableFrom(type)) {
            key = "dateTime";
        } else if (type == boolean.class || type == Boolean.class) {
            key = "boolean";
        } else if (type == String.class) {
            key = "text";
        } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            key = "list";
        } else {
            key = "object";
        }
        return text("problem.type." + key);
    }

    private static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String fieldOrBody(String field) {
        return field.isEmpty() ? "body" : field;
    }

    private static String lastNode(Path path) {
        String name = "?";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    private static ServerErrorMessage serverMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PSQLException psql) {
                return psql.getServerErrorMessage();
            }
        }
        return null;
    }
}
