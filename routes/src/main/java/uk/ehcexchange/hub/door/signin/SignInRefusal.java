package uk.ehcexchange.hub.door.signin;

import java.util.Arrays;

/**
 * Why a person who proved who they are to their identity provider may still not use the dashboard: each reason is
 * the rule the audit trail records and the page the person sees. The hub fails closed — a person the hub cannot
 * place in exactly one organisation it knows, in a role it accepts, is refused.
 */
public enum SignInRefusal {

    NO_ROLE("sign-in-role", "Your account does not have a role for this service",
            "Your organisation's sign-in service did not say that you may use the EHC Exchange dashboard."),
    TWO_ROLES("sign-in-one-role", "Your account has more than one role for this service",
            "Your account is set up for more than one kind of organisation. The dashboard needs exactly one."),
    NO_ORGANISATION("sign-in-organisation", "Your account does not say which organisation you work for",
            "Your organisation's sign-in service did not give the code of the council or health body you work for."),
    UNKNOWN_ORGANISATION("sign-in-known-organisation", "Your organisation is not set up on this service",
            "The organisation your account names is not one this EHC Exchange hub exchanges with, or it is not the "
                    + "kind of organisation your role is for."),
    NO_SUBJECT("sign-in-subject", "Your account could not be identified",
            "Your organisation's sign-in service did not give a stable identifier for your account."),
    PROVIDER_ERROR("sign-in-provider", "Sign-in did not finish",
            "Signing in with your organisation did not complete. This can happen if you took a long time or "
                    + "used the browser's back button.");

    private final String rule;
    private final String title;
    private final String explanation;

    SignInRefusal(String rule, String title, String explanation) {
        this.rule = rule;
        this.title = title;
        this.explanation = explanation;
    }

    /** The audit trail's name for the refusal, and the {@code reason} the refusal page is shown with. */
    public String rule() {
        return rule;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    /** The refusal a page was asked to show; an unknown name shows the provider's (the least specific). */
    public static SignInRefusal byRule(String rule) {
        return Arrays.stream(values()).filter(refusal -> refusal.rule.equals(rule)).findFirst()
                .orElse(PROVIDER_ERROR);
    }
}
