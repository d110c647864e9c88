package uk.ehcexchange.hub.core;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.ehcexchange.hub.support.SettingValues;
import uk.ehcexchange.model.AdviceType;

/**
 * What an API client may do for its authority ({@code ehc.clients[n].role}). A council's case-management system may
 * do everything for its council. Its teams and the schools it works with answer the advice requests addressed to
 * them and nothing else, so a key given to a social care team, an educational psychology service or a school opens
 * no plan, transfer or inbox, and shows no request of another kind, for another council or for another school.
 *
 * <p>This is the role table as data: the REST door's Spring Security rules are built from {@link #restCalls()}
 * (see {@code HubSecurityConfiguration}), the SOAP door checks {@link #permitsSoap}, and the advice service shows a
 * restricted role only the advice requests of {@link #seesAdvice its kinds} (and, for a school, its establishment).
 */
public enum ClientRole {

    /** A council's (or ICB's, or trust's) system: every operation and every kind of advice, for its own authority. */
    COUNCIL_SYSTEM(null, null, null, false),
    /**
     * A council's children's social care team: the directory, the social care advice requests addressed to its council
     * (list, read, accept or decline) and its assessments in answer (JSON, council XML, SOAP
     * {@code SubmitSocialCareAssessment}), the statutory clocks waiting on social care at its council, and the
     * social care review advice requests addressed to its council (list, read, answer).
     */
    SOCIAL_CARE(withReviewAdvice(adviserCalls("social-care-assessment")), Set.of("SubmitSocialCareAssessment"),
            EnumSet.of(AdviceType.SOCIAL_CARE), false),
    /**
     * A council's educational psychology service: the psychological advice requests addressed to its council, its
     * advice in answer (an AdviceDocument in JSON, council XML or SOAP {@code SubmitAdvice}), and the statutory clocks
     * waiting on educational psychology at its council.
     */
    EDUCATIONAL_PSYCHOLOGY(adviserCalls("advice"), Set.of("SubmitAdvice"), EnumSet.of(AdviceType.PSYCHOLOGICAL),
            false),
    /**
     * A school or college working with its council (authority: that council's LA code; {@code establishment}: its URN
     * or UKPRN): the educational advice requests addressed to that establishment, its advice in answer, and the
     * statutory clocks waiting on it ({@code /api/v1/parties/<its URN or UKPRN>/clocks}), and the review advice
     * requests naming that establishment (list, read, answer).
     */
    SCHOOL(withReviewAdvice(adviserCalls("advice")), Set.of("SubmitAdvice"),
            EnumSet.of(AdviceType.EDUCATIONAL, AdviceType.HEAD_TEACHER_OR_PRINCIPAL), true);

    /** A REST call: its method and its path pattern ({@code *} is one path segment). */
    public record RestCall(String method, String pattern) {
    }

    /** Null: anything. */
    private final List<RestCall> restCalls;
    private final Set<String> soapOperations;
    private final Set<AdviceType> adviceTypes;
    private final boolean establishmentBound;

    ClientRole(List<RestCall> restCalls, Set<String> soapOperations, Set<AdviceType> adviceTypes,
               boolean establishmentBound) {
        this.restCalls = restCalls;
        this.soapOperations = soapOperations;
        this.adviceTypes = adviceTypes;
        this.establishmentBound = establishmentBound;
    }

    /**
     * What every party asked for advice may do: read the directory, list and read the requests addressed to it,
     * accept, start or decline them, answer at {@code /api/v1/advice-requests/{id}/<answer>}, and list the clocks
     * waiting on it.
     */
    private static List<RestCall> adviserCalls(String answer) {
        return List.of(
                new RestCall("GET", "/api/v1/authorities"),
                new RestCall("GET", "/api/v1/councils/*/advice-requests"),
                new RestCall("GET", "/api/v1/advice-requests/*"),
                new RestCall("POST", "/api/v1/advice-requests/*/status"),
                new RestCall("POST", "/api/v1/advice-requests/*/" + answer),
                new RestCall("GET", "/api/v1/parties/*/clocks"));
    }

    /**
     * Review advice (reg 20(2) / 21(2)): the requests addressed to the team (its council's social care requests) or
     * the school (those naming its establishment), read and answered.
     */
    private static List<RestCall> withReviewAdvice(List<RestCall> calls) {
        List<RestCall> all = new ArrayList<>(calls);
        all.add(new RestCall("GET", "/api/v1/review-advice-requests"));
        all.add(new RestCall("GET", "/api/v1/review-advice-requests/*"));
        all.add(new RestCall("POST", "/api/v1/review-advice-requests/*/answer"));
        return List.copyOf(all);
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

    /** Whether advice requests of this kind addressed to the client's authority are its business. */
    public boolean seesAdvice(AdviceType type) {
        return adviceTypes == null || adviceTypes.contains(type);
    }

    /** True when the client speaks for one establishment ({@code ehc.clients[n].establishment}), not its council. */
    public boolean establishmentBound() {
        return establishmentBound;
    }

    /** As the setting and the audit trail write it: social-care. */
    public String label() {
        return SettingValues.name(this);
    }
}
