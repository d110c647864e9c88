package uk.ehcexchange.hub.door.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import uk.ehcexchange.adapters.fhir.FhirMappingException;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.PayloadTooLargeException;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.RequestAudit;
import uk.ehcexchange.hub.door.fhir.FhirRejection.Issue;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirProperties;
import uk.ehcexchange.hub.quota.QuotaExceededException;
import uk.ehcexchange.model.validation.ValidationException;
import uk.ehcexchange.model.validation.Violation;

/**
 * The one place where a failure of a /fhir request becomes its answer: a 4xx OperationOutcome whose issues carry
 * severity, code, FHIRPath expression and diagnostics, never a bare 500 for a request the hub refuses. Rejections
 * of the hub's core (the {@link Rejection} table), FHIR-specific ones ({@link FhirRejection}), mapping failures and
 * HAPI's own protocol errors are all translated here, and every one is written to the audit trail.
 */
@FhirEnabled
@Component
@Interceptor
public class FhirExceptionTranslator {

    private static final Logger log = LoggerFactory.getLogger(FhirExceptionTranslator.class);

    /** What a failure translates to: the HTTP status, a stable rule for the audit trail, and the issues. */
    record Translated(int status, String rule, String subjectId, List<Issue> issues) {
    }

    private final AuditRecorder audit;
    private final long limit;

    public FhirExceptionTranslator(AuditRecorder audit, FhirProperties properties) {
        this.audit = audit;
        this.limit = properties.maxRequestSize().toBytes();
    }

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(RequestDetails details, Throwable failure,
                                                 HttpServletRequest request) {
        Translated translated = translate(resourceType(details), failure);
        Issue first = translated.issues().get(0);
        if (translated.status() >= 500) {
            log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), failure);
        } else {
            String subject = translated.subjectId() != null ? translated.subjectId()
                    : details != null && details.getId() != null ? details.getId().getIdPart() : null;
            RequestAudit.rejected(audit, request, subject, translated.rule() + " " + first.expression());
        }
        BaseServerResponseException answer = BaseServerResponseException.newInstance(translated.status(),
                first.diagnostics());
        answer.setOperationOutcome(outcome(translated.issues()));
        if (translated.status() == 401) {
            answer.addResponseHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ehc-exchange-fhir\"");
        }
        QuotaExceededException quota = causeOf(failure, QuotaExceededException.class);
        if (quota != null) {
            answer.addResponseHeader(HttpHeaders.RETRY_AFTER, Long.toString(quota.retryAfterSeconds()));
        }
        return answer;
    }

    Translated translate(String resourceType, Throwable failure) {
        // HAPI wraps what a provider throws in an InternalErrorException: the hub's own exceptions are causes.
        if (causeOf(failure, PayloadTooLargeException.class) != null) {
            FhirRejection rejection = FhirRequestGuard.tooLarge(limit);
            return new Translated(rejection.status(), rejection.rule(), null, rejection.issues());
        }
        QuotaExceededException quota = causeOf(failure, QuotaExceededException.class);
        if (quota != null) {
            return new Translated(answer(Rejection.QUOTA_EXCEEDED).status(),
                    Rejection.QUOTA_EXCEEDED.code() + " " + quota.field(), null,
                    List.of(Issue.error(IssueType.THROTTLED, quota.field(), quota.getMessage())));
        }
        FhirRejection rejection = causeOf(failure, FhirRejection.class);
        if (rejection != null) {
            return new Translated(rejection.status(), rejection.rule(), null, rejection.issues());
        }
        FhirMappingException unmappable = causeOf(failure, FhirMappingException.class);
        if (unmappable != null) {
            return new Translated(422, "fhir-mapping " + unmappable.issues().get(0).code().toCode(), null,
                    FhirIssues.of(unmappable.issues()));
        }
        RejectedException rejected = causeOf(failure, RejectedException.class);
        if (rejected != null) {
            return fromCore(resourceType, rejected.rejection(), rejected.subjectId(), rejected.getMessage(),
                    rejected.violations());
        }
        ValidationException invalid = causeOf(failure, ValidationException.class);
        if (invalid != null) {
            return fromCore(resourceType, Rejection.VALIDATION_FAILED, null, invalid.getMessage(),
                    invalid.violations());
        }
        String message = firstLine(failure.getMessage());
        if (failure instanceof BaseServerResponseException && message.contains("Incorrect resource type")) {
            return single(400, "wrong-resource-type", IssueType.INVALID, resourceType == null ? "Bundle" : resourceType,
                    "the body is not the resource type this interaction takes: " + message);
        }
        DataFormatException unparseable = causeOf(failure, DataFormatException.class);
        if (unparseable != null || isParseFailure(failure)) {
            return single(400, "malformed-fhir", IssueType.STRUCTURE, resourceType,
                    "the body is not a well-formed FHIR " + (resourceType == null ? "resource" : resourceType)
                            + " in JSON or XML: "
                            + firstLine((unparseable != null ? unparseable : failure).getMessage()));
        }
        if (failure instanceof BaseServerResponseException hapi && hapi.getStatusCode() < 500) {
            return fromHapi(resourceType, hapi);
        }
        return single(500, "internal-error", IssueType.EXCEPTION, resourceType,
                "the hub failed to process the request; nothing was stored");
    }

    /** A refusal of the HTTP request itself (a header, the path, a quota): the expression names it as it is. */
    static Translated ofRequest(Rejection rejection, Violation violation) {
        Answer answer = answer(rejection);
        return new Translated(answer.status(), rejection.code() + " " + violation.rule(), null,
                List.of(Issue.error(answer.type(), violation.field(), violation.message())));
    }

    static Translated fromCore(String resourceType, Rejection rejection, String subjectId, String detail,
                                       List<Violation> violations) {
        Answer answer = answer(rejection);
        IssueType code = answer.type();
        List<Issue> issues = violations.isEmpty()
                ? List.of(Issue.error(code, FhirExpressions.of(resourceType, null), detail))
                : violations.stream().map(v -> Issue.error(code, FhirExpressions.of(resourceType, v.field()),
                        v.message() + " (" + v.field() + ": " + v.rule() + ")")).toList();
        String rule = rejection.code() + (violations.isEmpty() ? "" : " " + violations.get(0).rule());
        return new Translated(answer.status(), rule, subjectId, issues);
    }

    /** HAPI's own refusals: unknown resource types and paths, unsupported methods, a body of the wrong type. */
    private static Translated fromHapi(String resourceType, BaseServerResponseException hapi) {
        String message = firstLine(hapi.getMessage());
        IssueType code = switch (hapi.getStatusCode()) {
            case 401 -> IssueType.LOGIN;
            case 403 -> IssueType.FORBIDDEN;
            case 404 -> IssueType.NOTFOUND;
            case 405, 406, 415, 501 -> IssueType.NOTSUPPORTED;
            case 409, 412 -> IssueType.CONFLICT;
            case 413 -> IssueType.TOOLONG;
            default -> IssueType.INVALID;
        };
        return single(hapi.getStatusCode(), "fhir-" + code.toCode(), code,
                resourceType == null ? "Resource" : resourceType, message);
    }

    /** /fhir's one table from the core's refusals to an HTTP status and an OperationOutcome issue type. */
    private record Answer(int status, IssueType type) {
    }

    private static Answer answer(Rejection rejection) {
        return switch (rejection) {
            case MALFORMED_JSON, UNKNOWN_PROPERTY, MALFORMED_XML, SCHEMA_VIOLATION ->
                    new Answer(400, IssueType.STRUCTURE);
            case INVALID_VALUE, INVALID_IDEMPOTENCY_KEY, REQUEST_REJECTED -> new Answer(400, IssueType.VALUE);
            case MISSING_HEADER -> new Answer(400, IssueType.REQUIRED);
            case DTD_NOT_ALLOWED -> new Answer(400, IssueType.SECURITY);
            case UNAUTHENTICATED -> new Answer(401, IssueType.LOGIN);
            case NOT_YOUR_AUTHORITY, NOT_PERMITTED_FOR_ROLE -> new Answer(403, IssueType.FORBIDDEN);
            case NOT_FOUND -> new Answer(404, IssueType.NOTFOUND);
            case METHOD_NOT_ALLOWED -> new Answer(405, IssueType.NOTSUPPORTED);
            case NOT_ACCEPTABLE -> new Answer(406, IssueType.NOTSUPPORTED);
            case CONFLICT, DISCLOSURE_BASIS_MISSING -> new Answer(409, IssueType.BUSINESSRULE);
            case CONTENT_PURGED -> new Answer(410, IssueType.DELETED);
            case PAYLOAD_TOO_LARGE -> new Answer(413, IssueType.TOOLONG);
            case UNSUPPORTED_MEDIA_TYPE -> new Answer(415, IssueType.NOTSUPPORTED);
            case QUOTA_EXCEEDED -> new Answer(429, IssueType.THROTTLED);
            case VALIDATION_FAILED -> new Answer(422, IssueType.INVARIANT);
            case IDEMPOTENCY_KEY_REUSED -> new Answer(422, IssueType.DUPLICATE);
            case INTERNAL_ERROR -> new Answer(500, IssueType.EXCEPTION);
            case DATABASE_UNAVAILABLE -> new Answer(503, IssueType.TRANSIENT);
        };
    }

    private static Translated single(int status, String rule, IssueType code, String expression, String diagnostics) {
        return new Translated(status, rule, null,
                List.of(Issue.error(code, expression == null ? "Resource" : expression, diagnostics)));
    }

    static OperationOutcome outcome(List<Issue> issues) {
        OperationOutcome outcome = new OperationOutcome();
        for (Issue issue : issues) {
            outcome.addIssue().setSeverity(issue.severity()).setCode(issue.code()).setDiagnostics(issue.diagnostics())
                    .setExpression(List.of(new StringType(issue.expression())));
        }
        return outcome;
    }

    /** HAPI reports a body it cannot parse as an InvalidRequestException naming the failure. */
    private static boolean isParseFailure(Throwable failure) {
        String message = failure.getMessage();
        return failure instanceof BaseServerResponseException && message != null
                && (message.contains("Failed to parse") || message.contains("Unable to parse"));
    }

    private static String resourceType(RequestDetails details) {
        if (details == null) {
            return null;
        }
        return details.getResourceName() != null ? details.getResourceName()
                : details.getOperation() != null ? "Bundle" : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("").replaceFirst("^HAPI-\\d+: ", "");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
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
