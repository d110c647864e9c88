package uk.ehcexchange.hub.fhir.icb;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.client.api.IHttpClient;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.ehcexchange.adapters.fhir.FhirIssue;
import uk.ehcexchange.adapters.fhir.FhirMappingException;
import uk.ehcexchange.adapters.fhir.FhirPlanMapper;
import uk.ehcexchange.adapters.fhir.FhirProfileValidator;
import uk.ehcexchange.adapters.fhir.PlanBundleContext;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.fhir.FhirEnabled;
import uk.ehcexchange.hub.fhir.FhirProperties;
import uk.ehcexchange.hub.delivery.Delivery;
import uk.ehcexchange.hub.delivery.DeliveryHandler;
import uk.ehcexchange.hub.delivery.DeliveryKind;
import uk.ehcexchange.hub.delivery.Destination;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.EhcPlan;

/**
 * Sends one outbox row to its ICB: the plan as a FHIR document Bundle, validated against our profiles before it
 * leaves, POSTed as JSON to the ICB's FHIR base URL ({@code [base]/Bundle}) through HAPI's HTTP client (the one its
 * generic client uses, with the same timeouts). The JSON is written by HAPI's encoder, from the hub's one
 * {@link FhirContext}. A writer of our own wrote the same text in about a fifth of the time, but this path first
 * spends about 350 ms in HAPI's validator (the outbound check above), so the own writer saved about 2 ms of it: not
 * worth 450 lines kept in step with HAPI's encoder by hand; it was removed in issue 13. The Bundle's identifier is
 * the delivery id and its timestamp the moment the plan was finalised, so every retry sends the very same document
 * and the ICB can recognise a repeat.
 */
@FhirEnabled
@Component
public class IcbPlanSender implements DeliveryHandler {

    private static final Logger log = LoggerFactory.getLogger(IcbPlanSender.class);

    private final IcbPlanQueue queue;
    private final FhirPlanMapper mapper;
    private final FhirProfileValidator validator;
    private final FhirContext fhir;
    private final AuthorityDirectory directory;
    private final AuditRecorder audit;
    private final ObjectMapper json;

    public IcbPlanSender(IcbPlanQueue queue, FhirPlanMapper mapper,
                         FhirProfileValidator validator, FhirContext fhir, AuthorityDirectory directory,
                         AuditRecorder audit, ObjectMapper json, FhirProperties properties) {
        this.queue = queue;
        this.mapper = mapper;
        this.validator = validator;
        this.fhir = fhir;
        this.directory = directory;
        this.audit = audit;
        this.json = json;
        int timeout = (int) properties.icbDelivery().timeout().toMillis();
        fhir.getRestfulClientFactory().setConnectTimeout(timeout);
        fhir.getRestfulClientFactory().setSocketTimeout(timeout);
    }

    @Override
    public DeliveryKind kind() {
        return DeliveryKind.ICB_PLAN;
    }

    /**
     * Sends one outbox row. {@link IcbDeliveryRefused} marks it FAILED for an operator at once; {@link
     * IcbUnavailable} is retried with back-off.
     */
    @Override
    public void deliver(Delivery delivery) {
        String icb = Destination.code(delivery.destination());
        URI base = queue.fhirBaseUrl(icb);
        if (base == null) {
            throw refuse(delivery, "ICB " + icb + " no longer has a FHIR base URL configured");
        }
        Bundle document = document(delivery);
        List<FhirIssue> errors = validator.validate(document).stream().filter(FhirIssue::isError).toList();
        if (!errors.isEmpty()) {
            // The hub's own fault: the document it made breaks its own profiles.
            log.error("Final plan {} breaks our profiles; not sent to ICB {}", delivery.reference(), icb);
            throw refuse(delivery, "the plan document breaks our profiles: " + errors.stream()
                    .map(i -> i.code().toCode() + " at " + i.expression()).limit(5).collect(Collectors.joining("; ")));
        }
        int status = post(icb, base, fhir.newJsonParser().encodeResourceToString(document));
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            throw refuse(delivery, "ICB " + icb + " refused the plan document with HTTP " + status);
        }
        if (status < 200 || status > 299) {
            throw new IcbUnavailable("ICB " + icb + " answered HTTP " + status, null);
        }
        audit.accepted("hub", "plan.sent-to-icb " + icb, delivery.reference());
        log.info("Final plan {} sent to ICB {} as FHIR document {}", delivery.reference(), icb,
                delivery.deliveryId());
    }

    /** {@code POST [base]/Bundle}: the HTTP status, or the failure to reach the ICB. */
    private int post(String icb, URI base, String json) {
        String url = base.toString().replaceAll("/+$", "") + "/Bundle";
        try {
            IHttpClient http = fhir.getRestfulClientFactory()
                    .getHttpClient(new StringBuilder(url), null, null, RequestTypeEnum.POST, List.of());
            IHttpResponse response = http.createByteRequest(fhir, json, Constants.CT_FHIR_JSON_NEW, EncodingEnum.JSON)
                    .execute();
            try {
                return response.getStatus();
            } finally {
                response.close();
            }
        } catch (IOException | RuntimeException unreachable) {
            throw new IcbUnavailable("ICB " + icb + " could not be reached: " + unreachable.getClass().getSimpleName(),
                    unreachable);
        }
    }

    private Bundle document(Delivery delivery) {
        EhcPlan plan = JsonDocuments.read(json, delivery.payload(), EhcPlan.class);
        String councilName = directory.find(plan.owningCouncil()).map(Authority::name).orElse(plan.owningCouncil());
        try {
            return mapper.toDocumentBundle(plan, new PlanBundleContext(delivery.deliveryId(), delivery.createdAt(),
                    councilName));
        } catch (FhirMappingException unmappable) {
            throw refuse(delivery, unmappable.getMessage());
        }
    }

    /** The outbox's worker logs and audits the failed delivery with this reason. */
    private static IcbDeliveryRefused refuse(Delivery delivery, String reason) {
        return new IcbDeliveryRefused(reason);
    }
}
