package uk.ehcexchange.hub.door.signin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.ehcexchange.hub.dashboard.DashboardViewer;

/**
 * The sign-in door's own pages: who is signed in (with the sign-out button), signed out, and refused. The rest of
 * /dashboard belongs to the dashboard's pages.
 */
@SignInEnabled
@Controller
class SignInPagesController {

    @GetMapping(SignInPaths.ACCOUNT)
    String account(DashboardViewer viewer, HttpSession session, Model model) {
        model.addAttribute("viewer", viewer);
        model.addAttribute("kind", switch (viewer.kind()) {
            case COUNCIL -> "Council SEND service";
            case HEALTH -> "Health body (ICB or NHS trust)";
            case OPERATOR -> "EHC Exchange operator";
        });
        model.addAttribute("idleTimeout", inWords(Duration.ofSeconds(session.getMaxInactiveInterval())));
        model.addAttribute("signOut", SignInPaths.SIGN_OUT);
        return "dashboard/account";
    }

    @GetMapping(SignInPaths.SIGNED_OUT)
    String signedOut(Model model) {
        model.addAttribute("title", "You have signed out");
        model.addAttribute("explanation", "You have signed out of the EHC Exchange dashboard on this browser. "
                + "You may still be signed in to your organisation's account: close the browser to sign out of "
                + "that too if this is a shared computer.");
        model.addAttribute("link", SignInPaths.SIGN_IN);
        model.addAttribute("linkText", "Sign in again");
        return PeoplePages.MESSAGE_TEMPLATE;
    }

    @GetMapping(SignInPaths.REFUSED)
    String refused(@RequestParam(name = "reason", required = false) String reason, Model model,
                   HttpServletResponse response) {
        SignInRefusal refusal = SignInRefusal.byRule(reason);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("title", refusal.title());
        model.addAttribute("explanation", refusal.explanation() + " Ask the person who manages accounts at your "
                + "organisation to check your access to the EHC Exchange dashboard. (Reference: " + refusal.rule()
                + ")");
        model.addAttribute("link", SignInPaths.SIGN_IN);
        model.addAttribute("linkText", "Try signing in again");
        return PeoplePages.MESSAGE_TEMPLATE;
    }

    /** "30 minutes", "1 hour", "45 seconds": the idle timeout as the page states it. */
    static String inWords(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return plural(seconds / 3600, "hour");
        }
        if (seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }
}
