package uk.ehcexchange.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The person code lists the canonical rules check are exactly those the published SEN2 XSD enumerates. */
class Sen2PersonCodesTest {

    @Test
    void theCodeListsAreTheXsds() throws Exception {
        Document xsd;
        try (InputStream in = getClass().getResourceAsStream("/uk/ehcexchange/schemas/sen2/sen2-2027.xsd")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            xsd = factory.newDocumentBuilder().parse(in);
        }
        assertThat(enumeration(xsd, "SexType")).isEqualTo(Sen2PersonCodes.SEX);
        assertThat(enumeration(xsd, "EthnicityType")).isEqualTo(Sen2PersonCodes.ETHNICITY);
        assertThat(enumeration(xsd, "UpnUnknownType")).isEqualTo(Sen2PersonCodes.UPN_UNKNOWN);
        for (CeasedReason reason : CeasedReason.values()) {
            assertThat(enumeration(xsd, "CeaseReasonType")).contains(reason.sen2Code());
        }
        for (SenType type : SenType.values()) {
            assertThat(enumeration(xsd, "SenTypeType")).contains(type.sen2Code());
        }
        for (SenSetting setting : SenSetting.values()) {
            assertThat(enumeration(xsd, "PlanSenSettingType")).contains(setting.sen2Code());
        }
    }

    private static Set<String> enumeration(Document xsd, String type) {
        NodeList types = xsd.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "simpleType");
        for (int i = 0; i < types.getLength(); i++) {
            Element element = (Element) types.item(i);
            if (type.equals(element.getAttribute("name"))) {
                Set<String> codes = new HashSet<>();
                NodeList values = element.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "enumeration");
                for (int v = 0; v < values.getLength(); v++) {
                    codes.add(((Element) values.item(v)).getAttribute("value"));
                }
                return codes;
            }
        }
        throw new AssertionError("no simpleType " + type);
    }
}
