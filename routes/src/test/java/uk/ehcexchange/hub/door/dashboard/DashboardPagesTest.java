package uk.ehcexchange.hub.door.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import uk.ehcexchange.hub.config.ClockConfiguration;
import uk.ehcexchange.hub.dashboard.DashboardViewer;
import uk.ehcexchange.hub.dashboard.DashboardViewer.ViewerKind;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.JourneyLog;
import uk.ehcexchange.hub.timeliness.HandWorkedJourneys;
import uk.ehcexchange.hub.timeliness.TimelinessMetrics;

/**
 * The dashboard's pages rendered by the real hub (its figures, journeys, audit trail and templates) for each kind
 * of viewer, over the hand-worked caseload of {@link HandWorkedJourneys} on "today" 17 December 2026. The sign-in
 * door is not part of this test: a test-only argument resolver supplies the {@link DashboardViewer} the door will,
 * and the controller is driven without the security filters (the browser tests cover the signed-in path). The
 * same context checks the figures as Prometheus metrics, in a Prometheus registry of the test's own (Boot's tests
 * keep the hub's exporter off).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesTest {

    private static final DashboardViewer HERTS = new DashboardViewer(ViewerKind.COUNCIL, "919", "Hana Herts");
    private static final DashboardViewer LUTON = new DashboardViewer(ViewerKind.COUNCIL, "821", "Lee Luton");
    private static final DashboardViewer ICB = new DashboardViewer(ViewerKind.HEALTH, "RY4", "Ira Icb");
    private static final DashboardViewer OPERATOR = new DashboardViewer(ViewerKind.OPERATOR, "hub", "Ola Operator");
    private static final List<String> NAMES = List.of("Amara", "Okafor", "Ben Carter", "Chloe", "Dev Patel", "Ella",
            "Finn", "Lina", "Shah");

    @DynamicPropertySource
    static void hub(DynamicPropertyRegistry registry) throws Exception {
        String dir = Files.createTempDirectory("ehc-dashboard-test").toString();
        registry.add("ehc.data-dir", () -> dir);
        registry.add("ehc.demo-mode", () -> "true");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:dashboard-pages;DB_CLOSE_DELAY=-1");
    }

    /** "Today" is Thursday 17 December 2026 for the figures, as in {@link HandWorkedJourneys}. */
    @TestConfiguration
    static class Today {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse("2026-12-17T10:00:00Z"), ClockConfiguration.ENGLAND);
        }
    }

    @Autowired DashboardPages pages;
    @Autowired GovukAssets assets;
    @Autowired SpringTemplateEngine templates;
    @Autowired JourneyCases cases;
    @Autowired JourneyLog log;
    @Autowired JdbcClient jdbc;
    @Autowired TimelinessMetrics metrics;

    private HandWorkedJourneys journeys;
    private MockMvc mvc;

    @BeforeAll
    void setUp() {
        journeys = new HandWorkedJourneys(cases, log, jdbc).load();
        ThymeleafViewResolver views = new ThymeleafViewResolver();
        views.setTemplateEngine(templates);
        views.setCharacterEncoding("UTF-8");
        views.setContentType("text/html;charset=UTF-8");
        mvc = MockMvcBuilders.standaloneSetup(pages, assets).setCustomArgumentResolvers(new TestViewer())
                .setViewResolvers(views).build();
    }

    @Test
    void aCouncilsHomeHasItsFiguresEachTrendAsAChartWithItsTableEveryTableACsvLinkAndItsOwnChildren()
            throws Exception {
        MockHttpServletResponse page = page(HERTS, "/dashboard");

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getContentType()).isEqualTo("text/html;charset=UTF-8");
        String html = page.getContentAsString();
        assertThat(html).contains("class=\"govuk-skip-link\"", "id=\"main-content\"", "govuk-header",
                "id=\"page-heading\"", "Hana Herts", "/dashboard/assets/govuk-frontend.min.css").doesNotContain("<script").doesNotContain("<style");
        for (String table : List.of("measures", "advice-by-partner", "trend-family-told", "trend-final-plan",
                "trend-advice", "trend-annual-review", "trend-phase-transfer", "trend-transfer-out",
                "trend-transfer-in", "due-by-clock", "due-by-party", "due-clocks")) {
            assertThat(html).contains("id=\"table-" + table + "\"", "id=\"csv-" + table + "\"",
                    "href=\"/dashboard/tables/" + table + ".csv\"");
        }
        assertThat(html).contains("<svg", "role=\"img\"", "id=\"chart-final-plan\"",
                "aria-labelledby=\"chart-final-plan-title chart-final-plan-desc\"", "<title id=\"chart-final-plan-title\"",
                "<desc id=\"chart-final-plan-desc\"");
        assertThat(html).contains("href=\"/dashboard/cases/" + journeys.caseIds.get("D") + "\">Dev Patel</a>",
                "Ella Brown").doesNotContain("Lina", "Shah");
        assertThat(audited("person:919:unknown", "dashboard view due-list", "919")).isEqualTo(1);
    }

    @Test
    void theMeasuresTableDownloadsAsCsvWithTheHandWorkedFigures() throws Exception {
        MockHttpServletResponse csv = page(HERTS, "/dashboard/tables/measures.csv");

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"ehc-measures-919-2026-12-17.csv\"");
        assertThat(csv.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(csv.getContentAsString()).isEqualTo("""
                Measure,On time,Late,Total,On time (%)\r
                Families told within 6 weeks whether the council will assess,4,1,5,80\r
                Final plans issued within 20 weeks (all plans),1,1,2,50\r
                Final plans issued within 20 weeks (excluding plans with a lawful exception: 1),1,0,1,100\r
                Advice given within 6 weeks,2,1,3,67\r
                Annual reviews on time,1,1,2,50\r
                Phase transfers reviewed on time,1,0,1,100\r
                Plans transferred out on time (reg 15),1,1,2,50\r
                Plans transferred in on time (reg 15),1,0,1,100\r
                """);
    }

    @Test
    void theDueListDownloadsWithTheCouncilsChildrenAndTheDownloadIsAudited() throws Exception {
        String csv = page(HERTS, "/dashboard/tables/due-clocks.csv").getContentAsString();

        assertThat(csv.lines()).containsExactly("Child,Clock,Waiting on,Due,Status",
                "Dev Patel,Notify a decision not to issue a plan after the assessment,COUNCIL 919,8 December 2026,Overdue",
                "Ella Brown,Notify a decision not to issue a plan after the assessment,COUNCIL 919,9 December 2026,Overdue",
                "Dev Patel,Give the advice asked for the assessment,HEALTH RY4,22 December 2026,Due",
                "Dev Patel,Issue the final plan,COUNCIL 919,5 January 2027,Due");
        assertThat(audited("person:919:unknown", "dashboard view csv due-clocks", "919")).isEqualTo(1);
        assertThat(page(HERTS, "/dashboard/tables/trend-final-plan.csv").getContentAsString())
                .contains("Jul 2026,1,1,2,50\r\n", "Jan 2026,0,0,0,none\r\n");
    }

    @Test
    void aCouncilOpensItsOwnChildsJourneyAndTheViewIsAudited() throws Exception {
        String caseId = journeys.caseIds.get("B");
        MockHttpServletResponse page = page(HERTS, "/dashboard/cases/" + caseId);

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(page.getContentAsString()).contains("Ben Carter", "id=\"case-summary\"", "id=\"table-clocks\"",
                "id=\"table-events\"", "Issue the final plan", "20 July 2026", "21 July 2026", "Late",
                "exceptional personal circumstances", "href=\"/dashboard/cases/" + caseId + "/tables/clocks.csv\"");
        assertThat(audited("person:919:unknown", "dashboard view case", caseId)).isEqualTo(1);
        assertThat(page(HERTS, "/dashboard/cases/" + caseId + "/tables/clocks.csv").getContentAsString())
                .startsWith("Clock,Started,Due,Waiting on,Status,Done on,Exception,Rule\r\n");
    }

    @Test
    void anotherCouncilsChildIsNotFoundAndTheRefusalIsAudited() throws Exception {
        String caseId = journeys.caseIds.get("A");
        MockHttpServletResponse page = page(LUTON, "/dashboard/cases/" + caseId);

        assertThat(page.getStatus()).isEqualTo(404);
        assertThat(page.getContentAsString()).contains("Page not found").doesNotContain("Amara", "Okafor");
        assertThat(page(LUTON, "/dashboard/cases/" + caseId + "/tables/clocks.csv").getStatus()).isEqualTo(404);
        assertThat(page(LUTON, "/dashboard/cases/no-such-case").getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = '821' AND outcome = 'REJECTED'"
                + " AND subject_id = ?").param(caseId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aHealthBodySeesItsAdviceAndWhatWaitsOnItWithNoChildsNameAndCannotOpenACase() throws Exception {
        String html = page(ICB, "/dashboard").getContentAsString();

        assertThat(html).contains("id=\"table-advice\"", "id=\"table-advice-by-council\"", "id=\"chart-advice\"",
                "id=\"table-waiting\"", "adv-D1", "22 December 2026");
        assertThat(html).doesNotContain(NAMES.toArray(String[]::new)).doesNotContain("/dashboard/cases/");
        assertThat(page(ICB, "/dashboard/tables/advice-by-council.csv").getContentAsString())
                .isEqualTo("Council,On time,Late,Total,On time (%)\r\n821,1,0,1,100\r\n919,1,1,2,50\r\n");
        assertThat(page(ICB, "/dashboard/cases/" + journeys.caseIds.get("D")).getStatus()).isEqualTo(404);
    }

    @Test
    void theOperatorSeesEveryCouncilWithSmallNumbersSuppressedAndNoChildsName() throws Exception {
        String html = page(OPERATOR, "/dashboard").getContentAsString();

        assertThat(html).contains("id=\"table-councils\"", "id=\"chart-final-plan\"")
                .doesNotContain(NAMES.toArray(String[]::new)).doesNotContain("/dashboard/cases/");
        assertThat(page(OPERATOR, "/dashboard/tables/councils.csv").getContentAsString()).contains(
                "919,Families told within 6 weeks whether the council will assess,x,x,5,x\r\n",
                "821,Families told within 6 weeks whether the council will assess,x,x,x,x\r\n",
                "All councils,Families told within 6 weeks whether the council will assess,x,x,6,x\r\n");
        assertThat(page(OPERATOR, "/dashboard/tables/due-clocks.csv").getStatus()).isEqualTo(404);
        assertThat(page(OPERATOR, "/dashboard/cases/" + journeys.caseIds.get("A")).getStatus()).isEqualTo(404);
    }

    @Test
    void theDesignSystemsStylesheetIsServedWithItsFontAddressesUnderTheDashboardAndTheHubsOwnRules() throws Exception {
        MockHttpServletResponse css = mvc.perform(get("/dashboard/assets/govuk-frontend.min.css")).andReturn()
                .getResponse();

        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getContentType()).startsWith("text/css");
        assertThat(css.getContentAsString()).contains("url(/dashboard/assets/fonts/").doesNotContain("url(/assets/")
                .contains(".govuk-template * { font-family: arial, sans-serif !important; }", ".ehc-chart__bar");
    }

    @Test
    void theSameFiguresAreCountsInPrometheusWithoutAnyChildOrCase() {
        PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        metrics.bindTo(prometheus);
        metrics.refresh();

        String scrape = prometheus.scrape();
        assertThat(scrape).contains(
                "ehc_timeliness_duties{council=\"919\",exception=\"no\",measure=\"FAMILY_TOLD\",outcome=\"on_time\"} 4.0",
                "ehc_timeliness_duties{council=\"919\",exception=\"no\",measure=\"FAMILY_TOLD\",outcome=\"late\"} 1.0",
                "ehc_timeliness_duties{council=\"919\",exception=\"yes\",measure=\"FINAL_PLAN\",outcome=\"late\"} 1.0",
                "ehc_timeliness_duties{council=\"919\",exception=\"no\",measure=\"FINAL_PLAN\",outcome=\"on_time\"} 1.0",
                "ehc_timeliness_duties{council=\"919\",exception=\"no\",measure=\"TRANSFER_OUT\",outcome=\"late\"} 1.0",
                "ehc_timeliness_duties{council=\"821\",exception=\"no\",measure=\"TRANSFER_IN\",outcome=\"late\"} 1.0",
                "ehc_timeliness_advice{council=\"919\",outcome=\"late\",party=\"RY4\",party_role=\"HEALTH\"} 1.0",
                "ehc_timeliness_open{clock=\"DECIDE_NOT_TO_ISSUE\",council=\"919\",party=\"919\",party_role=\"COUNCIL\",state=\"overdue\"} 2.0",
                "ehc_timeliness_open{clock=\"FINAL_PLAN\",council=\"919\",party=\"919\",party_role=\"COUNCIL\",state=\"due_soon\"} 1.0",
                "ehc_timeliness_open{clock=\"ADVICE\",council=\"919\",party=\"RY4\",party_role=\"HEALTH\",state=\"due_soon\"} 1.0",
                "ehc_timeliness_refreshed_timestamp_seconds ");
        assertThat(scrape).doesNotContain(NAMES.toArray(String[]::new))
                .doesNotContain(journeys.caseIds.values().toArray(String[]::new));
    }

    private MockHttpServletResponse page(DashboardViewer viewer, String path) throws Exception {
        return mvc.perform(get(path).requestAttr(TestViewer.ATTRIBUTE, viewer)).andReturn().getResponse();
    }

    private long audited(String actor, String action, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND subject_id = ?")
                .params(actor, action, subject).query(Long.class).single();
    }

    /** Stands in for the sign-in door: the viewer the test put on the request. */
    static final class TestViewer implements HandlerMethodArgumentResolver {
        static final String ATTRIBUTE = "test.dashboard-viewer";

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == DashboardViewer.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest request, WebDataBinderFactory binders) {
            return request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
