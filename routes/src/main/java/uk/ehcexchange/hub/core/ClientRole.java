package uk.ehcexchange.hub.core;

import java.util.List;
import java.util.Set;
import uk.ehcexchange.hub.support.SettingValues;

/**
 * What an API client may do for its authority ({@code ehc.clients[n].role}). A council's case-management system may
 * do everything for its council; its children's social care team only reads the social care advice requests
 * addressed to its council and answers them, so a key given to that team opens no plan, transfer or inbox.
 *
 * <p>This is the role table as data: the REST door's Spring Security rules are built from {@link #restCalls()}
 * (see {@code HubSecurityConfiguration}), the SOAP door checks {@link #permitsSoap}.
 */
public enum ClientRole {

    /** A council's (or ICB's) system: every operation, for its own authority. */
    COUNCIL_SYSTEM(null, null),
    /**
     * A council's children's social care team: the directory, the social care advice requests addressed to its council
     * (list, read, accept or decline) and its assessments in answer (JSON, council XML, SOAP
     * {@code SubmitSocialCareAssessment}), and the statutory clocks waiting on social care at its council.
     */
    SOCIAL_CARE(List.of(
            new RestCall("GET", "/api/v1/authorities"),
            new RestCall("GET", "/api/v1/councils/*/advice-requests"),
            new RestCall("GET", "/api/v1/advice-requests/*"),
            new RestCall("POST", "/api/v1/advice-requests/*/status"),
            new RestCall("POST", "/api/v1/advice-requests/*/social-care-assessment"),
            new RestCall("GET", "/api/v1/parties/*/clocks")),
            Set.of("SubmitSocialCareAssessment"));

    /** A REST call: its method and its path pattern ({@code *} is one path segment). */
    public record RestCall(String method, String pattern) {
    }

    /** Null: anything. */
    private final List<RestCall> restCalls;
    private final Set<String> soapOperations;

    ClientRole(List<RestCall> restCalls, Set<String> soapOperations) {
        this.restCalls = restCalls;
        this.soapOperations = soapOperations;
    }

    /** True when the role may make every call of the API for its authority. */
    public boolean unrestricted() {
        return restCalls == null;
    }

    /** The only REST calls a restricted role may make; empty for an unrestricted one. */
    public List<RestCall> restCalls() {
        return restCalls == null ? List.of() : restCalls;
    }

    public boolean permitsSoap(String operation) {
        return soapOperations == null || soapOperations.contains(operation);
    }

    /** As the setting and the audit trail write it: social-care. */
    public String label() {
        return SettingValues.name(this);
    }
}
