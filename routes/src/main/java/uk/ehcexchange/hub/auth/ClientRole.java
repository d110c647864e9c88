package uk.ehcexchange.hub.auth;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import uk.ehcexchange.hub.config.SettingValues;

/**
 * What an API client may do for its authority ({@code ehc.clients[n].role}). A council's case-management system may
 * do everything for its council; its children's social care team only reads the social care advice requests
 * addressed to its council and answers them, so a key given to that team opens no plan, transfer or inbox.
 */
public enum ClientRole {

    /** A council's (or ICB's) system: every operation, for its own authority. */
    COUNCIL_SYSTEM(null, null),
    /**
     * A council's children's social care team: the directory, the social care advice requests addressed to its council
     * (list, read, accept or decline) and its assessments in answer (JSON, council XML, SOAP
     * {@code SubmitSocialCareAssessment}).
     */
    SOCIAL_CARE(List.of(
            "GET /api/v1/authorities",
            "GET /api/v1/councils/[^/]+/advice-requests",
            "GET /api/v1/advice-requests/[^/]+",
            "POST /api/v1/advice-requests/[^/]+/status",
            "POST /api/v1/advice-requests/[^/]+/social-care-assessment"),
            Set.of("SubmitSocialCareAssessment"));

    /** Null: anything. */
    private final Pattern restCalls;
    private final Set<String> soapOperations;

    ClientRole(List<String> restCalls, Set<String> soapOperations) {
        this.restCalls = restCalls == null ? null : Pattern.compile(String.join("|", restCalls));
        this.soapOperations = soapOperations;
    }

    /** @param path the request path, without the context path */
    public boolean permits(String method, String path) {
        return restCalls == null || restCalls.matcher(method + " " + path).matches();
    }

    public boolean permitsSoap(String operation) {
        return soapOperations == null || soapOperations.contains(operation);
    }

    /** As the setting and the audit trail write it: social-care. */
    public String label() {
        return SettingValues.name(this);
    }
}
