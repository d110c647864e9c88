package uk.ehcexchange.adapters.sen2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each SEN2 rule the hub checks, broken once on an otherwise complete person: the finding names the row, the item
 * and the rule, and nothing of the person. The complete person passes the rules and, written, the XSD.
 */
class Sen2RulesTest {

    private static final String HERTS = "919";
    private static final LocalDate D = LocalDate.of(2026, 3, 2);
    private static final Sen2Placement URN = new Sen2Placement("117000", null, null, null, 1, null, null);
    private static final Sen2NamedPlan NAMED = new Sen2NamedPlan(D.plusMonths(3), List.of(URN), null, null);
    private static final Sen2ActivePlan ACTIVE = new Sen2ActivePlan(null, List.of(URN),
            List.of(new Sen2Need("ASD", 1)), null, null, null, null, null, null);
    private static final Sen2Request REQUEST = new Sen2Request(D, 1, D.plusWeeks(5), "Y", null,
            new Sen2Assessment("Y", D.plusMonths(3), false, NAMED), ACTIVE);
    static final Sen2Person COMPLETE = new Sen2Person("HCC-1", "Example", "Ada", LocalDate.of(2015, 1, 1), "F",
            "WBRI", "SG13 7QX", "A919000000001", null, null, List.of(REQUEST));

    @Test
    void aCompletePersonPassesTheRulesAndTheXsd() throws IOException {
        assertThat(Sen2Rules.check(COMPLETE, HERTS)).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Sen2XmlWriter writer = new Sen2XmlWriter(out)) {
            writer.start(new Sen2Header(2027, LocalDate.of(2027, 1, 21), HERTS, "EHC Exchange", "1.0", "001",
                    OffsetDateTime.of(2027, 1, 22, 9, 0, 0, 0, ZoneOffset.UTC), "Y", "N", "R"));
            writer.person(COMPLETE);
            writer.finish();
        }
        assertThat(Sen2Schema.validate(new ByteArrayInputStream(out.toByteArray()), List.of("HCC-1"))).isEmpty();
    }

    @Test
    void theXsdCheckNamesTheRowOfThePersonThatBreaksIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Sen2XmlWriter writer = new Sen2XmlWriter(out)) {
            writer.start(new Sen2Header(2027, LocalDate.of(2027, 1, 21), HERTS, "EHC Exchange", "1.0", "001",
                    OffsetDateTime.of(2027, 1, 22, 9, 0, 0, 0, ZoneOffset.UTC), "Y", "N", "R"));
            writer.person(COMPLETE);
            writer.person(person(p -> with(p, "UN99")));
            writer.finish();
        }
        List<Sen2Finding> findings = Sen2Schema.validate(new ByteArrayInputStream(out.toByteArray()),
                List.of("HCC-1", "HCC-2"));
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.row()).isEqualTo("HCC-2");
            assertThat(f.rule()).isEqualTo("xsd");
            assertThat(f.message()).doesNotContain("UN99", "Ada", "Example");
        });
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("1.1", "required", p -> new Sen2Person(p.row(), null, p.forename(), p.birthDate(), p.sex(),
                        p.ethnicity(), p.postcode(), p.upn(), p.uln(), p.upnUnknown(), p.requests())),
                rule("1.2", "required", p -> new Sen2Person(p.row(), p.surname(), " ", p.birthDate(), p.sex(),
                        p.ethnicity(), p.postcode(), p.upn(), p.uln(), p.upnUnknown(), p.requests())),
                rule("1.3", "required", p -> new Sen2Person(p.row(), p.surname(), p.forename(), null, p.sex(),
                        p.ethnicity(), p.postcode(), p.upn(), p.uln(), p.upnUnknown(), p.requests())),
                rule("1.4", "required", p -> sexAndEthnicity(p, null, "WBRI")),
                rule("1.4", "code-list", p -> sexAndEthnicity(p, "U", "WBRI")),
                rule("1.5", "required", p -> sexAndEthnicity(p, "F", null)),
                rule("1.5", "code-list", p -> sexAndEthnicity(p, "F", "XXXX")),
                rule("1.7", "upn-uln-or-reason", p -> identifiers(p, null, null, null)),
                rule("1.7a", "upn-format", p -> identifiers(p, "919000000001", null, null)),
                rule("1.7b", "uln-format", p -> identifiers(p, null, "12345678", null)),
                rule("1.7c", "code-list", p -> identifiers(p, null, null, "UN4")),
                rule("2", "request-required", p -> requests(p)),
                rule("2.5", "required", p -> requests(p, outcome(REQUEST, null))),
                rule("2.5", "code-list", p -> requests(p, outcome(REQUEST, "T"))),
                rule("2.1", "received-date-required", p -> requests(p, new Sen2Request(null, 1, D, "N", null,
                        null, null))),
                rule("2.2", "request-source-required", p -> requests(p, new Sen2Request(D, null, D, "N", null,
                        null, null))),
                rule("2.4", "request-outcome-date-required", p -> requests(p, new Sen2Request(D, 1, null, "N",
                        null, null, null))),
                rule("2.5", "request-short-circuit", p -> requests(p, outcome(REQUEST, "W"))),
                rule("2.8", "exported-short-circuit", p -> requests(p, new Sen2Request(D, 1, D, "Y", "821",
                        REQUEST.assessment(), null))),
                rule("2.8", "another-la", p -> requests(p, new Sen2Request(D, 1, D, "Y", HERTS, null, null))),
                rule("2.8", "known-la-code", p -> requests(p, new Sen2Request(D, 1, D, "Y", "999", null, null))),
                rule("3.1", "assessment-required", p -> requests(p, new Sen2Request(D, 1, D, "Y", null, null,
                        null))),
                rule("3.1", "required", p -> assessment(p, new Sen2Assessment(null, D, false, NAMED))),
                rule("3.1", "code-list", p -> assessment(p, new Sen2Assessment("S", D, false, NAMED))),
                rule("3.1", "assessment-short-circuit", p -> assessment(p, new Sen2Assessment("A", null, null,
                        NAMED))),
                rule("3.2", "outcome-date-required", p -> assessment(p, new Sen2Assessment("Y", null, false,
                        NAMED))),
                rule("4", "named-plan-required", p -> assessment(p, new Sen2Assessment("H", null, null, null))),
                rule("4.1", "required", p -> named(p, new Sen2NamedPlan(null, List.of(URN), null, null))),
                rule("4.6", "cease-date-and-reason", p -> requests(p, new Sen2Request(D, 1, D, "Y", null,
                        new Sen2Assessment("Y", D, false, new Sen2NamedPlan(D, List.of(URN), D, null)), null))),
                rule("5", "ceased-plan-not-active", p -> named(p, new Sen2NamedPlan(D, List.of(URN), D, "9"))),
                rule("4.7", "placement-required", p -> named(p, new Sen2NamedPlan(D, List.of(), null, null))),
                rule("4.7", "one-of-urn-ukprn-setting", p -> named(p, new Sen2NamedPlan(D, List.of(
                        new Sen2Placement("117000", "10012345", null, null, 1, null, null)), null, null))),
                rule("4.7d", "rank-required", p -> named(p, new Sen2NamedPlan(D, List.of(
                        new Sen2Placement("117000", null, null, null, null, null, null)), null, null))),
                rule("4.7d", "rank-unique", p -> named(p, new Sen2NamedPlan(D, List.of(URN, URN), null, null))),
                rule("5.7", "one-of-urn-ukprn-setting", p -> active(p, new Sen2ActivePlan(null, List.of(
                        new Sen2Placement(null, null, null, null, 1, null, null)), ACTIVE.needs(), null, null, null,
                        null, null, null))),
                rule("5.1", "known-la-code", p -> active(p, new Sen2ActivePlan("000", ACTIVE.placements(),
                        ACTIVE.needs(), null, null, null, null, null, null))),
                rule("5.8", "sen-type-required", p -> active(p, new Sen2ActivePlan(null, ACTIVE.placements(),
                        List.of(), null, null, null, null, null, null))),
                rule("5.8", "sen-type-ranked", p -> active(p, new Sen2ActivePlan(null, ACTIVE.placements(),
                        List.of(new Sen2Need("ASD", 1), new Sen2Need("SLCN", null)), null, null, null, null, null,
                        null))),
                rule("5.8", "primary-need", p -> active(p, new Sen2ActivePlan(null, ACTIVE.placements(),
                        List.of(new Sen2Need("ASD", 2)), null, null, null, null, null, null))));
    }

    @ParameterizedTest(name = "item {0}: {1}")
    @MethodSource("rules")
    void eachBrokenRuleIsOneFindingNamingTheRowItemAndRule(String item, String rule, Sen2Person broken) {
        List<Sen2Finding> findings = Sen2Rules.check(broken, HERTS);

        assertThat(findings).extracting(Sen2Finding::item, Sen2Finding::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(item, rule));
        assertThat(findings.get(0).row()).isEqualTo("HCC-1");
        assertThat(findings.get(0).message()).doesNotContain("Ada", "Example", "SG13");
    }

    private static Arguments rule(String item, String rule, UnaryOperator<Sen2Person> breaking) {
        return Arguments.of(item, rule, person(breaking));
    }

    private static Sen2Person person(UnaryOperator<Sen2Person> change) {
        return change.apply(COMPLETE);
    }

    private static Sen2Person with(Sen2Person p, String upnUnknown) {
        return identifiers(p, p.upn(), p.uln(), upnUnknown);
    }

    private static Sen2Person sexAndEthnicity(Sen2Person p, String sex, String ethnicity) {
        return new Sen2Person(p.row(), p.surname(), p.forename(), p.birthDate(), sex, ethnicity, p.postcode(),
                p.upn(), p.uln(), p.upnUnknown(), p.requests());
    }

    private static Sen2Person identifiers(Sen2Person p, String upn, String uln, String upnUnknown) {
        return new Sen2Person(p.row(), p.surname(), p.forename(), p.birthDate(), p.sex(), p.ethnicity(),
                p.postcode(), upn, uln, upnUnknown, p.requests());
    }

    private static Sen2Person requests(Sen2Person p, Sen2Request... requests) {
        return new Sen2Person(p.row(), p.surname(), p.forename(), p.birthDate(), p.sex(), p.ethnicity(),
                p.postcode(), p.upn(), p.uln(), p.upnUnknown(), List.of(requests));
    }

    private static Sen2Request outcome(Sen2Request r, String outcome) {
        return new Sen2Request(r.receivedDate(), r.requestSource(), r.requestOutcomeDate(), outcome, r.exported(),
                r.assessment(), r.activePlan());
    }

    private static Sen2Person assessment(Sen2Person p, Sen2Assessment a) {
        return requests(p, new Sen2Request(D, 1, D, "Y", null, a, a.outcome() != null && a.outcome().equals("A")
                ? null : ACTIVE));
    }

    private static Sen2Person named(Sen2Person p, Sen2NamedPlan plan) {
        return requests(p, new Sen2Request(D, 1, D, "Y", null, new Sen2Assessment("Y", D, false, plan), ACTIVE));
    }

    private static Sen2Person active(Sen2Person p, Sen2ActivePlan plan) {
        return requests(p, new Sen2Request(D, 1, D, "Y", null, REQUEST.assessment(), plan));
    }
}
