package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * In a real browser, each kind of demo user signs in through the demo provider's login form and sees who they are
 * signed in as on /dashboard/account, then signs out with the page's button: every page passes the WCAG 2.2 AA
 * accessibility check, and with {@code -Dehc.screenshots.write=true} each is shot for the README.
 */
class SignInBrowserTest extends BrowserHarness {

    @ParameterizedTest
    @CsvSource({"herts-send, 919, council", "luton-send, 821, council-luton", "herts-icb, QM7, health",
            "hub-operator, hub, operator"})
    void eachKindOfUserSignsInSeesTheirAccountAndSignsOut(String user, String organisation, String shot) {
        signIn("/dashboard/account", user);

        assertThat(browser.getCurrentUrl()).endsWith("/dashboard/account");
        assertThat(browser.findElement(By.id("viewer-organisation")).getText()).isEqualTo(organisation);
        check("account-" + shot);

        signOut();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You have signed out");
        check("signed-out");
    }

    @Test
    void aPersonTheHubCannotPlaceSeesTheRefusalPage() {
        signIn("/dashboard/account", DemoSignIn.UNKNOWN_TRUST);

        assertThat(browser.getCurrentUrl()).contains("/sign-in-refused");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Your organisation is not set up on this service");
        check("sign-in-refused");
    }

    @AfterEach
    void forgetTheSession() {
        browser.manage().deleteAllCookies();
    }
}
