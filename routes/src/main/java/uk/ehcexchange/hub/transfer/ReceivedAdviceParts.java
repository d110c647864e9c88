package uk.ehcexchange.hub.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.advice.AdviceResponse;
import uk.ehcexchange.hub.advice.AdviceService;
import uk.ehcexchange.hub.document.ContentStore;
import uk.ehcexchange.hub.support.JsonDocuments;
import uk.ehcexchange.hub.transfer.pkg.DocumentParts;
import uk.ehcexchange.hub.transfer.pkg.SecureTransferPackages.Document;
import uk.ehcexchange.model.AdviceType;
import uk.ehcexchange.transfer.PartRole;

/**
 * The health advice, social care assessments and other advice (AdviceDocuments, named by their kind, e.g.
 * {@code advice/7-psychological-advice.json}) the old council received through the hub for the plan, with
 * their attached reports, as package parts: the new council must not have to ask again (reg 15(3)(b)). They are
 * numbered after the section K documents, so a receiver that maps part numbers to section K positions finds no
 * section K entry for them.
 */
@Component
class ReceivedAdviceParts {

    private final AdviceService advice;
    private final ContentStore content;
    private final ObjectMapper json;

    ReceivedAdviceParts(AdviceService advice, ContentStore content, ObjectMapper json) {
        this.advice = advice;
        this.content = content;
        this.json = json;
    }

    List<Document> partsFor(String council, String planId, int lastSectionKPosition) throws IOException {
        return parts(advice.answersForPlan(council, planId), lastSectionKPosition, null);
    }

    /**
     * The advice answered for an assessment case still in progress, numbered from 1, each also listed in
     * {@code listed} with the part that holds it, for the package's {@code assessment/request.json}.
     */
    List<Document> partsForCase(String council, String caseId, List<AssessmentRequestDocument.Advice> listed)
            throws IOException {
        return parts(advice.answersForCase(council, caseId), 0, listed);
    }

    private List<Document> parts(List<AdviceResponse> answers, int lastPosition,
                                 List<AssessmentRequestDocument.Advice> listed) throws IOException {
        List<Document> parts = new ArrayList<>();
        int position = lastPosition;
        for (AdviceResponse answer : answers) {
            position++;
            byte[] document = JsonDocuments.write(json, answer.advice()).getBytes(StandardCharsets.UTF_8);
            String sha256 = content.store(new ByteArrayInputStream(document)).sha256();
            parts.add(answer.adviceType() == AdviceType.SOCIAL_CARE
                    ? new Document("social-care/" + position + "-social-care-assessment.json",
                            PartRole.SOCIAL_CARE_ASSESSMENT, "application/json", sha256)
                    : new Document("advice/" + position + "-" + partSuffix(answer.adviceType()), PartRole.ADVICE,
                            "application/json", sha256));
            if (listed != null) {
                listed.add(new AssessmentRequestDocument.Advice(parts.get(parts.size() - 1).partName(),
                        answer.adviceType().name(), answer.responder(), answer.receivedOn()));
            }
            for (JsonNode attachment : answer.advice().path("attachments")) {
                String mediaType = attachment.path("mediaType").asText();
                String digest = attachment.path("sha256").asText();
                if (DocumentParts.isCarried(mediaType) && Files.exists(content.path(digest))) {
                    position++;
                    parts.add(new Document(DocumentParts.partName(position,
                            attachment.path("documentReference").asText(), mediaType),
                            DocumentParts.roleFor(mediaType), mediaType, digest));
                }
            }
        }
        return parts;
    }

    /** health-advice.json for HealthAdvice; an AdviceDocument by its kind, e.g. psychological-advice.json. */
    private static String partSuffix(AdviceType type) {
        return type == AdviceType.MEDICAL ? "health-advice.json"
                : type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-advice.json";
    }
}
