package uk.ehcexchange.adapters.councilxml;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

/**
 * Council XML written by a council's system → canonical (from-xml/&lt;case&gt;.xml → &lt;case&gt;.json), with what
 * could not be carried listed in &lt;case&gt;.not-carried.txt (empty when nothing was lost).
 */
class CouncilXmlFromXmlGoldenTest {

    private static final ObjectMapper JSON = CanonicalJson.mapper().copy()
            .enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    static List<String> cases() {
        return GoldenFiles.cases("councilxml/from-xml", ".xml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsToTheExpectedCanonicalPlan(String name) throws Exception {
        byte[] xml = GoldenFiles.read("councilxml/from-xml/" + name + ".xml");

        Mapped<EhcPlan> plan = CouncilXmlMapper.toCanonical(CouncilXml.readPlan(new ByteArrayInputStream(xml)));

        GoldenFiles.assertMatches("councilxml/from-xml/" + name + ".json", JSON.writeValueAsString(plan.value()) + "\n");
        GoldenFiles.assertMatches("councilxml/from-xml/" + name + ".not-carried.txt", GoldenFiles.lines(plan.notCarried()));
    }
}
