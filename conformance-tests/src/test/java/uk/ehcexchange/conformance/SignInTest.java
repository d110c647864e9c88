package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.DemoSignIn.HERTS;
import static uk.ehcexchange.conformance.DemoSignIn.UNKNOWN_TRUST;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * People sign in to the dashboard with OpenID Connect, walked over HTTP against the demo profile's identity
 * provider as a browser walks it: the dashboard sends the person to the provider, its login form (with its CSRF
 * token), back to the hub's callback with a code, and on to the page first asked for — for each kind of demo user.
 * Then one test per refusal: no session, claims that do not map, an API key at the dashboard, the session cookie at
 * the API, a POST without the CSRF token; and the idle timeout setting on the session. One demo hub for the class,
 * with a non-default idle timeout.
 */
class SignInTest {

    private static DemoSignIn hub;

    @BeforeAll
    static void start() throws Exception {
        hub = new DemoSignIn(Files.createTempDirectory("ehc-sign-in"), "--ehc.sign-in.idle-timeout=5m");
    }

    @AfterAll
    static void stop() throws Exception {
        hub.close();
    }

    @ParameterizedTest
    @CsvSource({"herts-send, 919, Council SEND service", "luton-send, 821, Council SEND service",
            "herts-icb, QM7, Health body (ICB or NHS trust)", "hub-operator, hub, EHC Exchange operator"})
    void eachKindOfDemoUserSignsInThroughTheProviderAndSeesTheirOrganisation(String user, String organisation,
                                                                             String kind) {
        PersonBrowser browser = hub.browser();

        HttpResponse<String> account = browser.signIn("/dashboard/account", user, hub.password(user));

        assertThat(account.statusCode()).as(String.join(" -> ", browser.visited)).isEqualTo(200);
        assertThat(browser.visited).as("the OpenID Connect authorisation code flow, step by step")
                .satisfies(steps -> assertThat(steps.get(0)).isEqualTo("/dashboard/account"))
                .anyMatch(step -> step.equals("/sign-in/dashboard"))
                .anyMatch(step -> step.startsWith("/demo-idp/oauth2/authorize?") && step.contains("state="))
                .anyMatch(step -> step.startsWith("/demo-idp/login"))
                .anyMatch(step -> step.startsWith("/sign-in/callback/dashboard?code="))
                .last().isEqualTo("/dashboard/account");
        assertThat(account.body()).contains("<dd class=\"govuk-summary-list__value\" id=\"viewer-organisation\">"
                + organisation + "</dd>").contains(kind);
        assertThat(account.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(account.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("frame-ancestors 'none'"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndANewOneIsIssuedAtSignIn() {
        PersonBrowser browser = hub.browser();
        HttpResponse<String> start = browser.get("/dashboard/account");
        String before = setCookie(start);

        HttpResponse<String> account = browser.signIn("/dashboard/account", HERTS, hub.password(HERTS));

        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(before).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        assertThat(browser.sessionCookie()).as("session fixation: the id changes when the person signs in")
                .isNotEqualTo(before.substring(0, before.indexOf(';')));
    }

    @Test
    void withoutASessionTheDashboardSendsThePersonToSignIn() {
        for (String page : List.of("/dashboard", "/dashboard/account", "/dashboard/anything")) {
            HttpResponse<String> answer = hub.browser().get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(page).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/sign-in/dashboard"));
        }
    }

    @Test
    void aPersonWhoseOrganisationTheHubDoesNotKnowIsRefusedWithAPageAndAnAuditedReason() {
        PersonBrowser browser = hub.browser();

        HttpResponse<String> refused = browser.signIn("/dashboard/account", UNKNOWN_TRUST,
                hub.password(UNKNOWN_TRUST));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(browser.visited).last().isEqualTo("/sign-in-refused?reason=sign-in-known-organisation");
        assertThat(refused.body()).contains("Your organisation is not set up on this service")
                .contains("govuk-heading-l");
        assertThat(browser.get("/dashboard/account").statusCode()).as("not signed in: sent to sign in")
                .isEqualTo(302);
        assertThat(hub.log()).as("the refusal is logged at INFO with its rule, without the person's name")
                .anyMatch(line -> line.contains(" INFO ") && line.contains("Rejected dashboard sign-in")
                        && line.contains("reason=sign-in-known-organisation"))
                .noneMatch(line -> line.contains("Pat Demo"));
    }

    @Test
    void anApiKeyIsNoCredentialForTheDashboard() {
        HttpResponse<String> answer = hub.browser().get("/dashboard/account",
                "Authorization", "Bearer " + hub.apiKey("919"));

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/sign-in/dashboard"));
    }

    @Test
    void theSessionCookieIsNoCredentialForTheApi() {
        PersonBrowser browser = hub.browser();
        assertThat(browser.signIn("/dashboard/account", HERTS, hub.password(HERTS)).statusCode()).isEqualTo(200);

        HttpResponse<String> inbox = browser.get("/api/v1/councils/919/inbox");

        assertThat(inbox.statusCode()).isEqualTo(401);
        assertThat(inbox.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(inbox.headers().allValues("Set-Cookie")).as("the API makes no session").isEmpty();
    }

    @Test
    void signingOutWithoutTheCsrfTokenIsRefused() {
        PersonBrowser browser = hub.browser();
        assertThat(browser.signIn("/dashboard/account", HERTS, hub.password(HERTS)).statusCode()).isEqualTo(200);

        HttpResponse<String> refused = browser.post("/sign-out", Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot do that");
        assertThat(browser.get("/dashboard/account").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void signingOutWithTheTokenEndsTheSessionAndIsAudited() {
        PersonBrowser browser = hub.browser();
        HttpResponse<String> account = browser.signIn("/dashboard/account", HERTS, hub.password(HERTS));

        HttpResponse<String> signedOut = browser.post("/sign-out",
                Map.of("_csrf", PersonBrowser.csrfToken(account.body())));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/signed-out"));
        assertThat(browser.get("/signed-out").body()).contains("You have signed out");
        assertThat(browser.get("/dashboard/account").statusCode()).as("signed out").isEqualTo(302);
        assertThat(hub.log()).anyMatch(line -> line.contains("Signed out of the dashboard: COUNCIL 919"))
                .anyMatch(line -> line.contains("Signed in to the dashboard: COUNCIL 919"))
                .noneMatch(line -> line.contains("Sam Demo"));
    }

    @Test
    void theIdleTimeoutSettingIsTheSessionsMaxInactiveInterval() {
        HttpResponse<String> account = hub.browser().signIn("/dashboard/account", HERTS, hub.password(HERTS));

        assertThat(account.body()).as("the page states the session's own max inactive interval")
                .containsPattern("do nothing for\\s+<span>5 minutes</span>");
    }

    @Test
    void theDemoProvidersEndpointsAreItsOwnAndUnderDemoIdp() {
        HttpResponse<String> discovery = hub.browser().get("/.well-known/openid-configuration");

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(Plans.parse(discovery.body()).get("token_endpoint").asText())
                .isEqualTo(hub.baseUrl() + "/demo-idp/oauth2/token");
        assertThat(Plans.parse(discovery.body()).get("authorization_endpoint").asText())
                .isEqualTo(hub.baseUrl() + "/demo-idp/oauth2/authorize");
    }

    private static String setCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("ehc-session="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie set: " + response.headers()));
    }
}
