package uk.ehcexchange.hub.door.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.dashboard.DashboardAudit;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.dashboard.DashboardViewer;
import uk.ehcexchange.hub.journey.JourneyCases;
import uk.ehcexchange.hub.journey.JourneyReader;
import uk.ehcexchange.hub.journey.JourneyView;
import uk.ehcexchange.hub.timeliness.TimelinessFigures;

/**
 * The dashboard's pages for people (issue 15): a home page by the kind of organisation the person signed in for,
 * a child's journey for the council that holds the case, and every table as CSV. The sign-in door supplies the
 * {@link DashboardViewer}; nothing here reads identity claims. Pages are never stored by a browser or proxy
 * ({@code Cache-Control: no-store}), and every view of a child's personal data is audited.
 */
@Controller
@RequestMapping("/dashboard")
public class DashboardPages {

    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TimelinessFigures figures;
    private final JourneyCases cases;
    private final JourneyReader reader;
    private final DashboardAudit views;
    private final AuditRecorder audit;
    private final AuthorityDirectory directory;
    private final Clock clock;

    public DashboardPages(TimelinessFigures figures, JourneyCases cases, JourneyReader reader,
                          DashboardAudit views, AuditRecorder audit, AuthorityDirectory directory, Clock clock) {
        this.figures = figures;
        this.cases = cases;
        this.reader = reader;
        this.views = views;
        this.audit = audit;
        this.directory = directory;
        this.clock = clock;
    }

    /** Every answer of this controller, page or CSV, refused or not: never kept in a cache. */
    @ModelAttribute
    void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }

    @GetMapping({"", "/"})
    public String home(DashboardViewer viewer, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<Section> sections = sections(viewer, today);
        if (viewer.kind() == DashboardViewer.ViewerKind.COUNCIL) {
            views.viewedPersonalData(viewer, "due-list", viewer.organisation());
        }
        model.addAttribute("viewer", viewer);
        model.addAttribute("title", switch (viewer.kind()) {
            case COUNCIL -> organisationName(viewer) + ": EHC timeliness";
            case HEALTH -> organisationName(viewer) + ": advice timeliness and work waiting";
            case OPERATOR -> "All councils: EHC timeliness";
        });
        model.addAttribute("today", DashboardTables.day(today));
        model.addAttribute("sections", sections);
        return "dashboard/home";
    }

    /** A child's journey, for the council that holds the case only: any other case, or any other viewer, is 404. */
    @GetMapping("/cases/{caseId}")
    public String journey(DashboardViewer viewer, @PathVariable String caseId, Model model,
                          HttpServletResponse response) {
        model.addAttribute("viewer", viewer);
        Optional<JourneyView> journey = ownJourney(viewer, caseId);
        if (journey.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("title", "Page not found");
            return "dashboard/not-found";
        }
        views.viewedPersonalData(viewer, "case", caseId);
        model.addAttribute("title", "Journey of " + name(journey.get()));
        model.addAttribute("journey", CaseJourneyPage.of(journey.get(), name(journey.get())));
        return "dashboard/case";
    }

    /** A table of a child's journey page as CSV, on the same terms as the page. */
    @GetMapping("/cases/{caseId}/tables/{table}.csv")
    public ResponseEntity<String> caseCsv(DashboardViewer viewer, @PathVariable String caseId,
                                          @PathVariable String table) {
        Optional<Table> found = ownJourney(viewer, caseId)
                .flatMap(j -> CaseJourneyPage.of(j, name(j)).tables().stream()
                        .filter(t -> t.id().equals(table)).findFirst());
        if (found.isEmpty()) {
            return notFound();
        }
        views.viewedPersonalData(viewer, "csv case-" + found.get().id(), caseId);
        return csv(found.get(), "ehc-case-" + caseId + "-" + found.get().id() + ".csv");
    }

    private Optional<JourneyView> ownJourney(DashboardViewer viewer, String caseId) {
        Optional<JourneyView> journey = viewer.kind() == DashboardViewer.ViewerKind.COUNCIL
                && CASE_ID.matcher(caseId).matches()
                ? cases.find(viewer.organisation(), caseId).map(found -> reader.view(found.caseId()))
                : Optional.empty();
        if (journey.isEmpty()) {
            audit.rejected(viewer.organisation(), "GET /dashboard/cases", CASE_ID.matcher(caseId).matches()
                    ? caseId : null, "known-case no case of " + viewer.organisation() + " with this id");
        }
        return journey;
    }

    /** One table of the viewer's home page as CSV; a table the viewer's page does not have is 404. */
    @GetMapping("/tables/{table}.csv")
    public ResponseEntity<String> csv(DashboardViewer viewer, @PathVariable String table) {
        LocalDate today = LocalDate.now(clock);
        Optional<Table> found = sections(viewer, today).stream().flatMap(s -> s.blocks().stream())
                .map(Section.Block::table).filter(t -> t.id().equals(table)).findFirst();
        if (found.isEmpty()) {
            audit.rejected(viewer.organisation(), "GET /dashboard/tables", null, "known-table no such table");
            return notFound();
        }
        if (found.get().personalData()) {
            views.viewedPersonalData(viewer, "csv " + found.get().id(), viewer.organisation());
        }
        return csv(found.get(), "ehc-" + found.get().id() + "-" + viewer.organisation() + "-" + today + ".csv");
    }

    private static ResponseEntity<String> csv(Table table, String fileName) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(Csv.of(table));
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                .body("There is no such table on your dashboard.\n");
    }

    private List<Section> sections(DashboardViewer viewer, LocalDate today) {
        return switch (viewer.kind()) {
            case COUNCIL -> DashboardTables.council(figures.council(viewer.organisation(), today));
            case HEALTH -> DashboardTables.health(figures.health(viewer.organisation(), today));
            case OPERATOR -> DashboardTables.operator(figures.operator(today));
        };
    }

    private static String name(JourneyView journey) {
        String given = journey.child().givenName() == null ? "" : journey.child().givenName();
        String family = journey.child().familyName() == null ? "" : journey.child().familyName();
        String name = (given + " " + family).trim();
        return name.isEmpty() ? "case " + journey.caseId() : name;
    }

    /** "Hertfordshire (919)": the name the hub's directory gives the organisation, with the code people quote. */
    private String organisationName(DashboardViewer viewer) {
        return directory.find(viewer.organisation())
                .map(authority -> authority.name() + " (" + viewer.organisation() + ")")
                .orElse(viewer.organisation());
    }
}
