package uk.ehcexchange.adapters.councilxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.caseload.CaseloadFormatException;
import uk.ehcexchange.adapters.caseload.CaseloadRow;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.Violation;
import uk.ehcexchange.samples.SyntheticCaseload;

/**
 * The council XML caseload: a golden file of one entry of each kind (caseload/mixed.caseload.xml → mixed.rows.txt),
 * round trips through the writer, and one test per reason the file as a whole is refused.
 */
class CouncilXmlCaseloadTest {

    private static final ObjectMapper JSON = CanonicalJson.mapper();
    private static final String START = "<Caseload xmlns=\"urn:ehc-exchange:council-xml:v1\">";

    @Test
    void readsEachEntryOnItsOwnAsTheGoldenFileSays() throws Exception {
        List<CaseloadRow> rows = readAll(GoldenFiles.read("councilxml/caseload/mixed.caseload.xml"));

        GoldenFiles.assertMatches("councilxml/caseload/mixed.rows.txt", describe(rows));
        assertThat(rows.get(0).plan()).isEqualTo(plan("councilxml/plans/ceased-plan.json"));
        assertThat(rows.get(3).plan()).isEqualTo(plan("councilxml/from-xml/local-data-not-carried.json"));
        assertThat(rows.get(4).plan()).isEqualTo(plan("councilxml/plans/section-j-budget-amounts.json"));
    }

    @Test
    void readsBackWhatTheWriterWroteForEveryGoldenPlan() throws Exception {
        List<EhcPlan> plans = new ArrayList<>();
        for (String name : GoldenFiles.cases("councilxml/plans", ".json")) {
            if (!GoldenFiles.exists("councilxml/plans/" + name + ".not-carried.txt")) {
                plans.add(plan("councilxml/plans/" + name + ".json"));
            }
        }

        assertThat(readAll(write(plans))).extracting(CaseloadRow::plan).containsExactlyElementsOf(plans);
    }

    @Test
    void readsBackGeneratedPlans() throws Exception {
        SyntheticCaseload caseload = new SyntheticCaseload("919", 7, LocalDate.of(2026, 12, 4));
        List<EhcPlan> plans = IntStream.range(0, 100).mapToObj(caseload::plan).toList();

        List<CaseloadRow> rows = readAll(write(plans));

        assertThat(rows).extracting(CaseloadRow::plan).containsExactlyElementsOf(plans);
        assertThat(rows).extracting(CaseloadRow::number).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 100).mapToObj(i -> (long) i).toList());
        assertThat(rows).allSatisfy(row -> assertThat(row.violations()).isEmpty());
    }

    @Test
    void keepsCarriageReturnsTabsAndMarkupCharactersInText() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(GoldenFiles.read("councilxml/plans/section-a-to-d-narrative.json"));
        ((ObjectNode) tree.path("sections").path("A")).put("text",
                "line one\r\nline two\r\tindented & <quoted> \"so\" ]]> \ud83d\ude00");
        EhcPlan plan = JSON.treeToValue(tree, EhcPlan.class);

        assertThat(readAll(write(List.of(plan)))).singleElement().extracting(CaseloadRow::plan).isEqualTo(plan);
    }

    @Test
    void skipsThroughCommittedEntriesWithoutReadingThem() throws Exception {
        try (CouncilXmlCaseloadReader reader = open(GoldenFiles.read("councilxml/caseload/mixed.caseload.xml"))) {
            assertThat(reader.skipThrough(3)).isEqualTo(3);
            CaseloadRow fourth = reader.next();
            assertThat(fourth.number()).isEqualTo(4);
            assertThat(fourth.plan()).isEqualTo(plan("councilxml/from-xml/local-data-not-carried.json"));
            assertThat(reader.skipThrough(99)).as("the file ends first").isEqualTo(5);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void refusesAPlanOverTheLimitAndReadsTheNext() throws Exception {
        byte[] caseload = write(List.of(plan("councilxml/plans/section-e-outcomes.json"),
                plan("councilxml/plans/ceased-plan.json")));
        try (CouncilXmlCaseloadReader reader = CouncilXmlCaseloadReader.open(new ByteArrayInputStream(caseload), 5_500)) {
            assertThat(reader.next().violations()).extracting(Violation::rule).containsExactly("plan-too-large");
            assertThat(reader.next().plan()).isEqualTo(plan("councilxml/plans/ceased-plan.json"));
        }
    }

    @Test
    void anEmptyCaseloadHasNoEntries() throws Exception {
        assertThat(readAll((START + "</Caseload>").getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void refusesAnotherDocument() throws Exception {
        CaseloadFormatException refused = refusal(GoldenFiles.read("councilxml/plans/ceased-plan.xml"));

        assertThat(refused.row()).isZero();
        assertThat(refused.violations()).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("/EhcPlan", "document-element"));
    }

    @Test
    void refusesAnExternalEntity() throws Exception {
        CaseloadFormatException refused = refusal(("<?xml version=\"1.0\"?><!DOCTYPE Caseload [<!ENTITY x SYSTEM "
                + "\"file:///etc/passwd\">]>" + START + "&x;</Caseload>").getBytes(StandardCharsets.UTF_8));

        assertThat(refused.row()).isZero();
        assertThat(refused.violations()).extracting(Violation::rule).containsExactly("no-dtd");
    }

    @Test
    void refusesEntityExpansion() throws Exception {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE Caseload [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>").append(START).append("&l9;</Caseload>");

        CaseloadFormatException refused = refusal(laughs.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(refused.violations()).extracting(Violation::rule).containsExactly("no-dtd");
    }

    @Test
    void stopsWhereTheFileStopsBeingWellFormedAfterReadingThePlansBefore() throws Exception {
        String two = new String(write(List.of(plan("councilxml/plans/ceased-plan.json"),
                plan("councilxml/plans/section-e-outcomes.json"))), StandardCharsets.UTF_8);
        String cut = two.substring(0, two.lastIndexOf("<Outcome>") + 20); // an interrupted export

        try (CouncilXmlCaseloadReader reader = open(cut.getBytes(StandardCharsets.UTF_8))) {
            assertThat(reader.next().plan()).isNotNull();
            CaseloadFormatException refused = catchThrowableOfType(reader::next, CaseloadFormatException.class);
            assertThat(refused.row()).isEqualTo(2);
            assertThat(refused.violations()).extracting(Violation::rule).containsExactly("well-formed-xml");
        }
    }

    @Test
    void refusesTextBetweenPlans() throws Exception {
        try (CouncilXmlCaseloadReader reader = open((START + "a stray note</Caseload>").getBytes(StandardCharsets.UTF_8))) {
            CaseloadFormatException refused = catchThrowableOfType(reader::next, CaseloadFormatException.class);
            assertThat(refused.row()).isEqualTo(1);
            assertThat(refused.violations()).extracting(Violation::rule).containsExactly("caseload-entry");
            assertThat(refused.getMessage()).doesNotContain("stray");
        }
    }

    private static String describe(List<CaseloadRow> rows) {
        StringBuilder out = new StringBuilder();
        for (CaseloadRow row : rows) {
            out.append("entry ").append(row.number()).append(": ")
                    .append(row.plan() == null ? "refused" : "plan " + row.plan().planId()).append('\n');
            row.violations().forEach(v -> out.append("  ").append(v.field()).append(" | ").append(v.rule())
                    .append(" | ").append(v.message()).append('\n'));
            row.notCarried().forEach(v -> out.append("  not carried: ").append(v.field()).append(" | ")
                    .append(v.message()).append('\n'));
        }
        return out.toString();
    }

    private static EhcPlan plan(String path) throws IOException {
        return JSON.readValue(GoldenFiles.read(path), EhcPlan.class);
    }

    private static byte[] write(List<EhcPlan> plans) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CouncilXmlCaseloadWriter writer = new CouncilXmlCaseloadWriter(out)) {
            for (EhcPlan plan : plans) {
                assertThat(writer.write(plan)).isEmpty();
            }
        }
        return out.toByteArray();
    }

    private static CouncilXmlCaseloadReader open(byte[] xml) throws IOException {
        return CouncilXmlCaseloadReader.open(new ByteArrayInputStream(xml));
    }

    private static List<CaseloadRow> readAll(byte[] xml) throws IOException {
        List<CaseloadRow> rows = new ArrayList<>();
        try (CouncilXmlCaseloadReader reader = open(xml)) {
            for (CaseloadRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static CaseloadFormatException refusal(byte[] xml) {
        return catchThrowableOfType(() -> open(xml).close(), CaseloadFormatException.class);
    }
}
