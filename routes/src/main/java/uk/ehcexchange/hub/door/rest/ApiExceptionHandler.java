package uk.ehcexchange.hub.door.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.ehcexchange.hub.core.PayloadTooLargeException;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.core.DatabaseUnavailable;
import uk.ehcexchange.hub.quota.QuotaExceededException;
import uk.ehcexchange.model.validation.ValidationException;
import uk.ehcexchange.model.validation.Violation;

/** Turns every failure of an API call into a problem document: a 4xx naming the field and rule, never a bare 500. */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    public ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RejectedException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedException e, HttpServletRequest request) {
        return problems.reject(request, e.rejection(), e.getMessage(), e.subjectId(), e.violations());
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ValidationException e, HttpServletRequest request) {
        return problems.reject(request, Rejection.VALIDATION_FAILED,
                e.violations().size() + " rule(s) failed", null, e.violations());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (causeOf(e, PayloadTooLargeException.class) != null) {
            return tooLarge(request);
        }
        QuotaExceededException quota = causeOf(e, QuotaExceededException.class);
        if (quota != null) {
            return quotaExceeded(quota, request);
        }
        JsonParseException parse = causeOf(e, JsonParseException.class);
        if (parse != null) {
            return single(request, Rejection.MALFORMED_JSON, "body", "well-formed-json",
                    "the body is not well-formed JSON near line " + parse.getLocation().getLineNr()
                            + ", column " + parse.getLocation().getColumnNr());
        }
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = JsonPaths.of(unknown);
            return single(request, Rejection.UNKNOWN_PROPERTY, field, "unknown-property",
                    "'" + field + "' is not a field of this document");
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonPaths.of(mapping);
            return single(request, Rejection.INVALID_VALUE, field, "type-or-format",
                    "'" + field + "' has a value of the wrong type or format");
        }
        return single(request, Rejection.MALFORMED_JSON, "body", "required", "a JSON body is required");
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        return single(request, Rejection.PAYLOAD_TOO_LARGE, "body", "max-size",
                "the body is larger than the hub accepts");
    }

    /** A body that used up the client's bytes for the day while it was read (ehc.quotas.bytes-per-day). */
    @ExceptionHandler(QuotaExceededException.class)
    ResponseEntity<ProblemDetail> quotaExceeded(QuotaExceededException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> problem = problems.reject(request, Rejection.QUOTA_EXCEEDED, e.getMessage(), null,
                List.of(e.violation()));
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds())).body(problem.getBody());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return single(request, Rejection.MISSING_HEADER, e.getHeaderName(), "required",
                "the " + e.getHeaderName() + " header is required");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return single(request, Rejection.INVALID_VALUE, e.getName(), "type-or-format",
                "'" + e.getName() + "' has a value of the wrong type or format");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return single(request, Rejection.UNSUPPORTED_MEDIA_TYPE, "Content-Type", "application-json",
                "send the body as application/json");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpServletRequest request) {
        return single(request, Rejection.NOT_ACCEPTABLE, "Accept", "application-json", "ask for application/json");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return single(request, Rejection.METHOD_NOT_ALLOWED, "method", "supported-method",
                e.getMethod() + " is not supported here");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(HttpServletRequest request) {
        return single(request, Rejection.NOT_FOUND, "path", "known-resource", "there is no such resource");
    }

    /** Two identical requests racing past the idempotency check: the loser's transaction rolled back whole. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(HttpServletRequest request) {
        return single(request, Rejection.CONFLICT, "body", "unique",
                "a concurrent request created the same record; retry with the same Idempotency-Key to get its answer");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unavailable during {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.toString());
            ResponseEntity<ProblemDetail> problem = single(request, Rejection.DATABASE_UNAVAILABLE, "request",
                    "database-available", Rejection.DATABASE_UNAVAILABLE.title());
            return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(problem.getBody());
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return single(request, Rejection.INTERNAL_ERROR, "request", "internal-error",
                "the hub failed to process the request; nothing was stored");
    }

    private ResponseEntity<ProblemDetail> single(HttpServletRequest request, Rejection rejection, String field,
                                                 String rule, String detail) {
        return problems.reject(request, rejection, detail, null, List.of(new Violation(field, rule, detail)));
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
