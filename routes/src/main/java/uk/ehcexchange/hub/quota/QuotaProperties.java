package uk.ehcexchange.hub.quota;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code ehc.quotas.*} settings: what one client (an API key, a SOAP UsernameToken, a FHIR client) may use, so
 * that no single system can exhaust the hub's storage or crowd out the others. 0 turns a quota off.
 * docs/operations.md lists each.
 *
 * @param requestsPerMinute requests in a calendar minute; 600 is ten a second, far above what a council's case
 *                          system sends, and a bulk migration uses import-caseload rather than the API
 * @param bytesPerDay       request bodies in an English calendar day; 2 GB is twenty 100 MB reports a day
 */
@ConfigurationProperties("ehc.quotas")
public record QuotaProperties(
        @DefaultValue("600") long requestsPerMinute,
        @DefaultValue("2GB") DataSize bytesPerDay) {
}
