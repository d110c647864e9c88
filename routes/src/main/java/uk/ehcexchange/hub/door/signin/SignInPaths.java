package uk.ehcexchange.hub.door.signin;

/** The sign-in door's paths on the API listener, for its chain, its pages and the dashboard's links. */
public final class SignInPaths {

    /** The one client registration: the organisation's identity provider. */
    public static final String REGISTRATION = "dashboard";
    /** Starts a sign-in: redirects to the identity provider. */
    public static final String SIGN_IN_BASE = "/sign-in";
    public static final String SIGN_IN = SIGN_IN_BASE + "/" + REGISTRATION;
    /** Where the identity provider sends the person back with a code. */
    public static final String CALLBACK_BASE = "/sign-in/callback";
    public static final String CALLBACK = CALLBACK_BASE + "/" + REGISTRATION;
    /** POST with the CSRF token: ends the session. */
    public static final String SIGN_OUT = "/sign-out";
    public static final String SIGNED_OUT = "/signed-out";
    public static final String REFUSED = "/sign-in-refused";
    public static final String ACCOUNT = "/dashboard/account";
    public static final String DASHBOARD = "/dashboard";
    /** GOV.UK Frontend's stylesheet, fonts and images (door.dashboard.GovukAssets): open without signing in. */
    public static final String GOVUK_ASSETS = "/dashboard/assets/**";

    private SignInPaths() {
    }
}
