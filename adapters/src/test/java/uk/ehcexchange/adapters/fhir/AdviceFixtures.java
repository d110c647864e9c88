package uk.ehcexchange.adapters.fhir;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.HealthAdvice;

/** The canonical advice of the advice golden cases, its attached documents and the codes a trust would add. */
final class AdviceFixtures {

    static final String DIR = Golden.ROOT + "advice/";
    static final Instant TIMESTAMP = Instant.parse("2026-11-23T10:15:30Z");

    private AdviceFixtures() {
    }

    static HealthAdvice advice() {
        try {
            return CanonicalJson.mapper().readValue(Golden.read(DIR + "advice-919.canonical.json"), HealthAdvice.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> content(HealthAdvice advice) {
        Map<String, byte[]> content = new LinkedHashMap<>();
        for (int i = 0; i < advice.attachments().size(); i++) {
            content.put(advice.attachments().get(i).documentReference(),
                    Golden.bytes(DIR + "advice-919.attachment-" + (i + 1) + ".pdf"));
        }
        return content;
    }

    /** SNOMED CT codes for two of the three needs; the third stays text only, as trusts' systems sometimes send. */
    static Map<String, Coding> needCodes(HealthAdvice advice) {
        return Map.of(
                advice.needs().get(0), new Coding(EhcFhir.SNOMED_CT, "35919005", "Autism spectrum disorder"),
                advice.needs().get(2), new Coding(EhcFhir.SNOMED_CT, "193462001", "Insomnia"));
    }

    static AdviceBundleContext context(HealthAdvice advice) {
        return new AdviceBundleContext("advice-919-0001", TIMESTAMP, content(advice), needCodes(advice));
    }
}
