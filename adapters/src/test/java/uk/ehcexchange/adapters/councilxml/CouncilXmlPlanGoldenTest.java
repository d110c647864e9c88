package uk.ehcexchange.adapters.councilxml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import uk.ehcexchange.adapters.councilxml.jaxb.EhcPlanType;
import uk.ehcexchange.model.CanonicalJson;
import uk.ehcexchange.model.EhcPlan;

/**
 * Canonical plan → council XML, one golden case per section (plans/&lt;case&gt;.json → plans/&lt;case&gt;.xml), and
 * back: reading the expected XML (schema-checked) gives the canonical input again, field for field. A case whose
 * input the XML cannot carry whole has plans/&lt;case&gt;.not-carried.txt listing what was not carried.
 */
class CouncilXmlPlanGoldenTest {

    private static final ObjectMapper JSON = CanonicalJson.mapper();

    static List<String> cases() {
        return GoldenFiles.cases("councilxml/plans", ".json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsToTheExpectedXmlAndBackLosslessly(String name) throws Exception {
        EhcPlan input = JSON.readValue(GoldenFiles.read("councilxml/plans/" + name + ".json"), EhcPlan.class);

        Mapped<EhcPlanType> xml = CouncilXmlMapper.toXml(input);
        String written = new String(CouncilXml.write(xml.value()), StandardCharsets.UTF_8);

        GoldenFiles.assertMatches("councilxml/plans/" + name + ".xml", written);
        String notCarried = "councilxml/plans/" + name + ".not-carried.txt";
        if (xml.lossless() && !GoldenFiles.exists(notCarried)) {
            Mapped<EhcPlan> back = CouncilXmlMapper.toCanonical(CouncilXml.readPlan(written.getBytes(StandardCharsets.UTF_8)));
            assertThat(back.value()).as("round trip of every canonical field").isEqualTo(input);
            assertThat(back.notCarried()).isEmpty();
        } else {
            GoldenFiles.assertMatches(notCarried, GoldenFiles.lines(xml.notCarried()));
        }
    }

    @Test
    void theGoldenSamplePlanRoundTripsThroughCouncilXml() throws Exception {
        EhcPlan golden;
        try (InputStream in = getClass().getResourceAsStream("/uk/ehcexchange/samples/ehc-plan-919-full.json")) {
            golden = JSON.readValue(in, EhcPlan.class);
        }
        Mapped<EhcPlanType> xml = CouncilXmlMapper.toXml(golden);
        byte[] written = CouncilXml.write(xml.value());

        GoldenFiles.assertMatches("councilxml/ehc-plan-919-full.xml", new String(written, StandardCharsets.UTF_8));
        assertThat(xml.notCarried()).isEmpty();
        assertThat(CouncilXmlMapper.toCanonical(CouncilXml.readPlan(written)).value()).isEqualTo(golden);
        assertThat(JSON.writeValueAsString(CouncilXmlMapper.toCanonical(CouncilXml.readPlan(written)).value()))
                .as("written back as canonical JSON it is the sample, amounts and all")
                .isEqualTo(JSON.writeValueAsString(golden));
    }
}
