package uk.ehcexchange.hub.door.operator;

import java.nio.charset.StandardCharsets;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.door.OperatorAuthentication;
import uk.ehcexchange.hub.sen2.ExportHeader;
import uk.ehcexchange.hub.sen2.Sen2Export;
import uk.ehcexchange.hub.sen2.Sen2Report;

/**
 * The operators' door to a council's SEN2 return, on the management port only, for {@code ehc-hub sen2 export}:
 * {@code GET /actuator/sen2/{council}/{year}?dmo=Y&dco=Y&dsco=N&serialNo=001} answers the XML (as text) and its
 * report in one JSON document. An actuator endpoint for the same reasons as {@link DeliveriesEndpoint}; only a named
 * operator with their key reaches it ({@link OperatorSecurityConfiguration}), and the export is audited as
 * {@code operator:<name>}.
 */
@Component
@Endpoint(id = "sen2")
public class Sen2Endpoint {

    /** The file and what was left out of it. */
    public record Export(Sen2Report report, String xml) {
    }

    private final Sen2Export export;

    public Sen2Endpoint(Sen2Export export) {
        this.export = export;
    }

    @ReadOperation
    public Export export(SecurityContext security, @Selector String council, @Selector String year,
                         @Nullable String dmo, @Nullable String dco, @Nullable String dsco,
                         @Nullable String serialNo) {
        String operator = OperatorAuthentication.actor(security.getPrincipal().getName());
        Sen2Export.Result result = export.export(operator, council, year, new ExportHeader(dmo, dco, dsco, serialNo));
        return new Export(result.report(), new String(result.xml(), StandardCharsets.UTF_8));
    }
}
