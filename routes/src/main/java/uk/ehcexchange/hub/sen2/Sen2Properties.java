package uk.ehcexchange.hub.sen2;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code ehc.sen2.*} settings (docs/operations.md lists each).
 *
 * @param softwareCode the SEN2 header's SoftwareCode: the software that made the file
 * @param release      the header's Release
 * @param councils     per council (key: DfE LA code), its designated officers and the file serial number, used when
 *                     an export does not give them
 */
@ConfigurationProperties("ehc.sen2")
public record Sen2Properties(
        @DefaultValue("EHC Exchange") String softwareCode,
        @DefaultValue("1.0") String release,
        Map<String, Council> councils) {

    public Sen2Properties {
        councils = councils == null ? Map.of() : Map.copyOf(councils);
    }

    /** @param dmo Y, N or R; {@code dco} and {@code dsco} likewise; {@code serialNo} 3 digits (default 001) */
    public record Council(String dmo, String dco, String dsco, String serialNo) {
    }
}
