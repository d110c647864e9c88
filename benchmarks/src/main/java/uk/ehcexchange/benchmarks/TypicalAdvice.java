package uk.ehcexchange.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hl7.fhir.r4.model.Coding;
import uk.ehcexchange.adapters.fhir.AdviceBundleContext;
import uk.ehcexchange.model.Attachment;
import uk.ehcexchange.model.Authorship;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.HealthAdvice;
import uk.ehcexchange.model.Outcome;
import uk.ehcexchange.model.OutcomeTerm;
import uk.ehcexchange.model.ProvisionItem;

/**
 * A typical health advice Bundle as a trust sends it, about 50 KB of JSON: eight needs (two SNOMED CT coded),
 * six outcomes, eight recommended provision items, and one 26 KB PDF-sized attachment inline (deterministic
 * pseudo-random bytes, so the base64 does not compress into something untypical).
 */
final class TypicalAdvice {

    static final String DOCUMENT = "HCT-ADV-2026-BENCH/advice.pdf";
    static final int PDF_BYTES = 26_000;

    private TypicalAdvice() {
    }

    static HealthAdvice advice() {
        List<String> needs = new ArrayList<>();
        needs.add("Autism spectrum condition, diagnosed March 2021, with associated receptive and expressive language difficulties.");
        needs.add("Sleep onset difficulty and early waking, affecting daytime regulation and readiness to learn.");
        for (int i = 3; i <= 8; i++) {
            needs.add("Need " + i + ": sensory, motor or emotional difficulties described in the attached report, affecting "
                    + "access to the curriculum, regulation in busy environments and participation in unstructured time.");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            outcomes.add(new Outcome("HA-O" + i, "By the end of the next key stage, the child will use a taught strategy "
                    + "to manage difficulty " + i + " on most school days, as recorded by staff and parents.",
                    i % 2 == 0 ? OutcomeTerm.LONG_TERM : OutcomeTerm.SHORT_TERM, i == 6,
                    i % 3 == 0 ? null : LocalDate.of(2027, 7, 16)));
        }
        List<ProvisionItem> provision = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            provision.add(new ProvisionItem("HA-P" + i, "Recommended provision " + i + ": assessment, programme and "
                    + "advice to school and family by the named NHS service, reviewed at the annual review.",
                    "Community paediatric and therapy services, Hertfordshire Community NHS Trust",
                    "1 appointment of 1 hour and 4 follow-up calls over 3 months", List.of("HA-O" + (1 + i % 6))));
        }
        Child child = new Child("9993110469", null, null, null, "Theo", "Marchetti-Hale", LocalDate.of(2016, 5, 9),
                "SG13 7QX");
        Authorship author = new Authorship("Dr Sunita Ramaswamy", "Consultant community paediatrician",
                "Hertfordshire Community NHS Trust", LocalDate.of(2026, 11, 20));
        Attachment pdf = new Attachment(DOCUMENT, "Community paediatric advice", "application/pdf", PDF_BYTES,
                "0".repeat(64));
        return new HealthAdvice("HCT-ADV-2026-BENCH", "ar-919-2026-000042", child, author, "RY4", needs, outcomes,
                provision, List.of(pdf));
    }

    static AdviceBundleContext context(HealthAdvice advice) {
        byte[] pdf = new byte[PDF_BYTES];
        new Random(42).nextBytes(pdf);
        return new AdviceBundleContext("advice-bench-0001", Instant.parse("2026-11-23T10:15:30Z"),
                Map.of(DOCUMENT, pdf),
                Map.of(advice.needs().get(0), new Coding("http://snomed.info/sct", "35919005", "Autism spectrum disorder"),
                        advice.needs().get(1), new Coding("http://snomed.info/sct", "193462001", "Insomnia")));
    }
}
