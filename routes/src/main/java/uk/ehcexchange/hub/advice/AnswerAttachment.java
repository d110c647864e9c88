package uk.ehcexchange.hub.advice;

import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A document sent together with an answer (inline in a FHIR DocumentReference), not yet stored. The answer may cite
 * it by its digest; {@link AdviceService} stores it only once the sender is known to be allowed to answer, so a
 * refused answer leaves no file behind.
 *
 * @param sha256  lower-case hex SHA-256 of the content, as the answer's {@code attachments[].sha256} cites it
 * @param content fresh streams of the content, each from the beginning
 */
public record AnswerAttachment(String sha256, Supplier<InputStream> content) {
}
