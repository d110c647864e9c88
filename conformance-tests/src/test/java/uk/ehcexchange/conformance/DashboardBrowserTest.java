package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in a real browser (issue 15): children are put through a demo hub's API as Hertfordshire (919) and
 * Luton (821), then each kind of person signs in through the demo provider's login form and reads figures the test
 * worked out by hand from what it put in. Every page visited passes the WCAG 2.2 AA check and, with
 * {@code -Dehc.screenshots.write=true}, is shot for the README.
 *
 * <h2>What goes in, with T for today (dates relative to today keep the test valid on any day)</h2>
 * Reg 5(1): decide whether to assess within 6 weeks (42 days) of the request; reg 8: advice within 6 weeks of the
 * request for it. "Within the next 10 working days" covers at least 14 calendar days, so T+2 and T+7 always fall in it.
 * <ul>
 *   <li>Hertfordshire, Ada: request T-30, decided to assess T-2 (due T+12): on time. Medical advice asked of the
 *       trust RY4 on T-10 (due T+32), answered today: on time.</li>
 *   <li>Hertfordshire, Ben: request T-60, decided T-1 (due T-18): late.</li>
 *   <li>Hertfordshire, Cara: request T-40, no decision yet: due T+2. Medical advice asked of the ICB QM7 on T-35:
 *       due T+7, waiting on the ICB.</li>
 *   <li>Hertfordshire, Dev: request T-50, no decision: overdue since T-8.</li>
 *   <li>Luton, Eve: request T-40, no decision: due T+2. Luton, Finn: request T-20, decided T-1: on time.</li>
 * </ul>
 * So Hertfordshire's families told: 1 on time, 1 late, 2, 50%; its advice: 1 on time of 1, 100%; its due list: Cara
 * twice (decision and advice, due) and Dev (overdue). The operator sees both councils' family-told rows as {@code x}
 * (totals of 2 and 1 are small numbers).
 */
class DashboardBrowserTest extends BrowserHarness {

    private static final LocalDate TODAY = LocalDate.now();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String FAMILY_TOLD = "Families told within 6 weeks whether the council will assess";
    private static final String ADVICE = "Advice given within 6 weeks";

    private static String ada;
    private static String cara;
    private static String dev;
    private static String eve;
    private static String askedOfIcb;

    @BeforeAll
    static void putChildrenThroughTheApi() {
        ada = assessmentRequest("919", "Ada", "Ontime-Herts", 30);
        decide("919", ada, 2);
        String toTrust = askAdvice("919", ada, "RY4", 10);
        ObjectNode answer = AdviceRequestTest.healthAdvice(toTrust);
        answer.set("child", child("Ada", "Ontime-Herts").without("localCaseReference"));
        call(hub.partnerKey("health.RY4"), "/api/v1/advice-requests/" + toTrust + "/health-advice",
                answer.toString());

        String ben = assessmentRequest("919", "Ben", "Late-Herts", 60);
        decide("919", ben, 1);

        cara = assessmentRequest("919", "Cara", "Due-Herts", 40);
        askedOfIcb = askAdvice("919", cara, "QM7", 35);
        dev = assessmentRequest("919", "Dev", "Overdue-Herts", 50);

        eve = assessmentRequest("821", "Eve", "Due-Luton", 40);
        String finn = assessmentRequest("821", "Finn", "Ontime-Luton", 20);
        decide("821", finn, 1);
    }

    @Test
    void hertfordshireReadsItsFiguresFollowsAChildToTheirJourneyAndDownloadsTheDueList() throws Exception {
        signIn("/dashboard", DemoSignIn.HERTS);

        assertThat(text("page-heading")).isEqualTo("Hertfordshire (919): EHC timeliness");
        assertThat(row("table-measures", FAMILY_TOLD)).containsExactly(FAMILY_TOLD, "1", "1", "2", "50");
        assertThat(row("table-measures", ADVICE)).containsExactly(ADVICE, "1", "0", "1", "100");
        assertThat(row("table-advice-by-partner", "RY4")).containsExactly("RY4", "Health", "1", "0", "1", "100");
        assertThat(rows("table-due-clocks")).containsExactlyInAnyOrder(
                List.of("Cara Due-Herts", "Decide whether to carry out an EHC needs assessment", "COUNCIL 919",
                        day(40 - 42), "Due"),
                List.of("Cara Due-Herts", "Give the advice asked for the assessment", "HEALTH QM7", day(35 - 42),
                        "Due"),
                List.of("Dev Overdue-Herts", "Decide whether to carry out an EHC needs assessment", "COUNCIL 919",
                        day(50 - 42), "Overdue"));
        assertThat(text("table-due-clocks")).doesNotContain("Eve", "Luton");
        check("dashboard-council");
        screenshotAt("dashboard-council-chart", "heading-trend-family-told");
        screenshotAt("dashboard-council-due", "due");

        String csv = browser.findElement(By.id("csv-due-clocks")).getAttribute("href");
        HttpResponse<String> download = HTTP.send(HttpRequest.newBuilder(URI.create(csv))
                .header("Cookie", "ehc-session=" + browser.manage().getCookieNamed("ehc-session").getValue())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(download.body().split("\r\n")).contains("Dev Overdue-Herts,Decide whether to carry out an EHC"
                + " needs assessment,COUNCIL 919," + day(50 - 42) + ",Overdue");

        browser.findElement(By.id("table-due-clocks")).findElement(By.linkText("Dev Overdue-Herts")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard/cases/" + dev);
        assertThat(text("page-heading")).isEqualTo("Dev Overdue-Herts");
        assertThat(text("case-summary")).contains("Dev Overdue-Herts", dev, "Requested");
        assertThat(row("table-clocks", "Decide whether")).contains(day(50 - 42), "Overdue");
        check("dashboard-journey");
    }

    @Test
    void lutonCannotSeeHertfordshiresChildren() {
        signIn("/dashboard", DemoSignIn.LUTON);

        assertThat(text("page-heading")).isEqualTo("Luton (821): EHC timeliness");
        assertThat(rows("table-due-clocks")).singleElement().satisfies(r -> assertThat(r).startsWith("Eve Due-Luton"));
        assertThat(row("table-measures", FAMILY_TOLD)).containsExactly(FAMILY_TOLD, "1", "0", "1", "100");
        check("dashboard-council-luton");

        visit("/dashboard/cases/" + dev);
        assertThat(text("page-heading")).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Overdue-Herts");
        check("dashboard-not-found");

        visit("/dashboard/cases/" + eve);
        assertThat(text("page-heading")).isEqualTo("Eve Due-Luton");
        check(null);
    }

    @Test
    void theIcbSeesTheAdviceWaitingOnItAndNoChildsName() {
        signIn("/dashboard", DemoSignIn.ICB);

        assertThat(text("page-heading")).isEqualTo("NHS Hertfordshire and West Essex ICB (QM7): advice timeliness and work waiting");
        assertThat(rows("table-waiting")).containsExactly(List.of("919", "Give the advice asked for the assessment",
                askedOfIcb, day(35 - 42), "Due"));
        assertThat(row("table-advice", ADVICE)).containsExactly(ADVICE, "0", "0", "0", "none");
        assertThat(browser.getPageSource()).doesNotContain("Due-Herts", "Ontime-Herts", cara);
        check("dashboard-health");
    }

    @Test
    void theOperatorSeesEveryCouncilWithSmallNumbersShownAsX() {
        signIn("/dashboard", DemoSignIn.OPERATOR);

        assertThat(text("page-heading")).isEqualTo("All councils: EHC timeliness");
        assertThat(row("table-councils", "919", FAMILY_TOLD)).containsExactly("919", FAMILY_TOLD, "x", "x", "x", "x");
        assertThat(row("table-councils", "821", FAMILY_TOLD)).containsExactly("821", FAMILY_TOLD, "x", "x", "x", "x");
        assertThat(row("table-councils", "All councils", FAMILY_TOLD))
                .containsExactly("All councils", FAMILY_TOLD, "x", "x", "x", "x");
        assertThat(browser.getPageSource()).doesNotContain("-Herts", "-Luton", "/dashboard/cases/");
        check("dashboard-operator");
    }

    @AfterEach
    void forgetTheSession() {
        browser.manage().deleteAllCookies();
    }

    // --- the pages -------------------------------------------------------------------------------------------------

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Every body row of a table as the texts of its cells. */
    private static List<List<String>> rows(String tableId) {
        List<List<String>> rows = new ArrayList<>();
        for (WebElement tr : browser.findElement(By.id(tableId)).findElements(By.cssSelector("tbody tr"))) {
            List<String> cells = tr.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
            if (!(cells.size() == 1 && cells.get(0).equals("None."))) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The one row whose first cells start with the given texts. */
    private static List<String> row(String tableId, String... leading) {
        List<List<String>> found = rows(tableId).stream().filter(r -> {
            for (int i = 0; i < leading.length; i++) {
                if (r.size() <= i || !r.get(i).startsWith(leading[i])) {
                    return false;
                }
            }
            return true;
        }).toList();
        assertThat(found).as("rows of %s starting %s", tableId, List.of(leading)).hasSize(1);
        return found.get(0);
    }

    /** The day {@code daysAgo} days before today as the pages write it, e.g. 14 December 2026 (negative: ahead). */
    private static String day(int daysAgo) {
        return TODAY.minusDays(daysAgo).format(DAY);
    }

    // --- the API, as the councils' and the trust's systems call it -------------------------------------------------

    private static ObjectNode child(String given, String family) {
        ObjectNode child = ((ObjectNode) Plans.golden("ANY").get("child")).deepCopy();
        return child.put("givenName", given).put("familyName", family);
    }

    /** An assessment request received {@code daysAgo} days ago; its case id. */
    private static String assessmentRequest(String council, String given, String family, int daysAgo) {
        ObjectNode request = Plans.JSON.createObjectNode().put("receivedOn", TODAY.minusDays(daysAgo).toString())
                .put("requestSource", 1);
        request.set("child", child(given, family));
        return Plans.parse(call(hub.apiKey(council), "/api/v1/councils/" + council + "/assessment-requests",
                request.toString())).get("caseId").asText();
    }

    private static void decide(String council, String caseId, int daysAgo) {
        call(hub.apiKey(council), "/api/v1/councils/" + council + "/cases/" + caseId + "/assessment-decision",
                "{\"outcome\":\"Y\",\"decidedOn\":\"" + TODAY.minusDays(daysAgo) + "\"}");
    }

    /** Medical advice asked {@code daysAgo} days ago in a case; the request's id. */
    private static String askAdvice(String council, String caseId, String recipient, int daysAgo) {
        ObjectNode ask = AdviceRequestTest.newRequest("MEDICAL", recipient, TODAY.minusDays(daysAgo));
        ask.put("caseId", caseId);
        return Plans.parse(call(hub.apiKey(council), "/api/v1/councils/" + council + "/advice-requests",
                ask.toString())).get("requestId").asText();
    }

    /** A POST of JSON with a fresh Idempotency-Key, which must succeed; the answer's body. */
    private static String call(String apiKey, String path, String json) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + apiKey)
                    .header("Idempotency-Key", "browser-" + UUID.randomUUID())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
