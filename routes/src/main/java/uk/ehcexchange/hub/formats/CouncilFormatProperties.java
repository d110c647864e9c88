package uk.ehcexchange.hub.formats;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ehc.councils.<la>.*}: how each council's system takes what it receives. A council not listed takes
 * canonical JSON over REST. docs/operations.md lists the settings.
 *
 * @param councils by DfE LA code
 */
@ConfigurationProperties("ehc")
public record CouncilFormatProperties(Map<String, Preference> councils) {

    public CouncilFormatProperties {
        councils = councils == null ? Map.of() : Map.copyOf(councils);
    }

    /**
     * @param format    the document format the council's system reads: {@code canonical-json}, {@code council-xml}
     *                  or {@code csv} (received plans as caseload CSV rows; advice, which CSV cannot carry, as
     *                  canonical JSON)
     * @param transport the front door the council's system collects from: {@code rest} or {@code soap}; both always
     *                  work, and the directory shows the council's choice to those who send to it
     */
    public record Preference(@DefaultValue("canonical-json") InboundFormat format,
                             @DefaultValue("rest") Transport transport) {
    }

    public enum InboundFormat { CANONICAL_JSON, COUNCIL_XML, CSV }

    public enum Transport { REST, SOAP }
}
