package uk.ehcexchange.hub.door.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.adapters.councilxml.CouncilXml;
import uk.ehcexchange.adapters.councilxml.CouncilXmlException;
import uk.ehcexchange.adapters.councilxml.CouncilXmlMapper;
import uk.ehcexchange.adapters.councilxml.Mapped;
import uk.ehcexchange.adapters.socialcare.ProposedSections;
import uk.ehcexchange.adapters.socialcare.SocialCareSections;
import uk.ehcexchange.hub.advice.AdviceResponse;
import uk.ehcexchange.hub.advice.AdviceService;
import uk.ehcexchange.hub.core.ClientIdentity;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.door.soap.InboxXml;
import uk.ehcexchange.hub.formats.XmlRejections;
import uk.ehcexchange.hub.idempotency.IdempotentRequests;
import uk.ehcexchange.hub.idempotency.StoredResponse;
import uk.ehcexchange.hub.inbox.InboxService;
import uk.ehcexchange.hub.plan.PlanService;
import uk.ehcexchange.model.AdviceDocument;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.SocialCareAssessment;

/**
 * The REST API in council XML, beside its JSON: the same paths and the same services, chosen by Content-Type and
 * Accept. Documents are read safely (no DOCTYPE, schema-checked, errors by XPath) and written in the SOAP schema's
 * types, so a council's XML tooling handles both front doors alike.
 */
@RestController
class CouncilXmlController {

    private static final String XML = MediaType.APPLICATION_XML_VALUE;

    private final PlanService plans;
    private final InboxService inbox;
    private final AdviceService advice;
    private final InboxXml xml;
    private final ObjectMapper json;

    CouncilXmlController(PlanService plans, InboxService inbox, AdviceService advice, InboxXml xml, ObjectMapper json) {
        this.plans = plans;
        this.inbox = inbox;
        this.advice = advice;
        this.xml = xml;
        this.json = json;
    }

    /** A plan in council XML; what council XML carries but the canonical plan cannot is listed in the answer. */
    @PutMapping(path = "/api/v1/plans/{planId}", consumes = XML, produces = XML)
    ResponseEntity<byte[]> submit(@PathVariable String planId,
                                  @RequestHeader(IdempotentRequests.HEADER) String idempotencyKey,
                                  InputStream body, ClientIdentity client) {
        Mapped<EhcPlan> plan = CouncilXmlMapper.toCanonical(read(() -> CouncilXml.readPlan(body)));
        StoredResponse stored = plans.submit(client, planId, idempotencyKey, plan.value());
        return xml(stored.status(), xml.planReceipt(stored, plan.notCarried()));
    }

    @GetMapping(path = "/api/v1/councils/{council}/inbox/{transferId}", produces = XML)
    ResponseEntity<byte[]> transfer(@PathVariable String council, @PathVariable String transferId,
                                    ClientIdentity client) throws IOException {
        return xml(HttpStatus.OK.value(), xml.transfer(inbox.read(client, council, transferId)));
    }

    @GetMapping(path = "/api/v1/councils/{council}/inbox/advice/{responseId}", produces = XML)
    ResponseEntity<byte[]> advice(@PathVariable String council, @PathVariable String responseId,
                                  ClientIdentity client) {
        return xml(HttpStatus.OK.value(), xml.advice(advice.read(client, council, responseId)));
    }

    /** The social care team answers in council XML; the answer carries the D, H1 and H2 content it gives. */
    @PostMapping(path = "/api/v1/advice-requests/{requestId}/social-care-assessment", consumes = XML, produces = XML)
    ResponseEntity<byte[]> assessment(@PathVariable String requestId,
                                      @RequestHeader(IdempotentRequests.HEADER) String messageId,
                                      InputStream body, ClientIdentity client) {
        SocialCareAssessment assessment = CouncilXmlMapper.toCanonical(
                read(() -> CouncilXml.readSocialCareAssessment(body))).value();
        return xml(HttpStatus.CREATED.value(),
                xml.assessmentReceipt(advice.answer(client, requestId, messageId, assessment), assessment));
    }

    /**
     * An ICB or trust answers a MEDICAL request in council XML (HealthAdvice, the element council XML already has).
     * It stays HealthAdvice, not an AdviceDocument, so the inbox and the transfer package read one shape of MEDICAL
     * answer whichever door it came through.
     */
    @PostMapping(path = "/api/v1/advice-requests/{requestId}/health-advice", consumes = XML, produces = XML)
    ResponseEntity<byte[]> healthAdvice(@PathVariable String requestId,
                                        @RequestHeader(IdempotentRequests.HEADER) String messageId,
                                        InputStream body, ClientIdentity client) {
        HealthAdvice document = CouncilXmlMapper.toCanonical(read(() -> CouncilXml.readHealthAdvice(body))).value();
        return xml(HttpStatus.CREATED.value(),
                xml.healthAdviceReceipt(advice.answer(client, requestId, messageId, document)));
    }

    /** Advice of the other kinds in council XML (AdviceDocument): a school's, an EP service's, the family's views. */
    @PostMapping(path = "/api/v1/advice-requests/{requestId}/advice", consumes = XML, produces = XML)
    ResponseEntity<byte[]> advice(@PathVariable String requestId,
                                  @RequestHeader(IdempotentRequests.HEADER) String messageId,
                                  InputStream body, ClientIdentity client) {
        AdviceDocument document = CouncilXmlMapper.toCanonical(read(() -> CouncilXml.readAdviceDocument(body))).value();
        return xml(HttpStatus.CREATED.value(),
                xml.adviceReceipt(advice.answer(client, requestId, messageId, document)));
    }

    /** What a social care assessment in the inbox gives sections D, H1 and H2, with why each item went where. */
    @GetMapping(path = "/api/v1/councils/{council}/inbox/advice/{responseId}/proposed-sections",
            produces = MediaType.APPLICATION_JSON_VALUE)
    ProposedSections proposedSections(@PathVariable String council, @PathVariable String responseId,
                                      ClientIdentity client) throws IOException {
        AdviceResponse received = advice.read(client, council, responseId);
        if (received.adviceType() != uk.ehcexchange.model.AdviceType.SOCIAL_CARE) {
            throw RejectedException.of(Rejection.NOT_FOUND, "responseId", "social-care-assessment",
                    "advice " + responseId + " is not a social care assessment", responseId);
        }
        return SocialCareSections.from(json.treeToValue(received.advice(), SocialCareAssessment.class));
    }

    private ResponseEntity<byte[]> xml(int status, Object document) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_XML).body(xml.document(document));
    }

    private static <T> T read(Supplier<T> reader) {
        try {
            return reader.get();
        } catch (CouncilXmlException e) {
            throw XmlRejections.of(e);
        }
    }
}
