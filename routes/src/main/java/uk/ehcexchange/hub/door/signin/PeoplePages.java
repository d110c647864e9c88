package uk.ehcexchange.hub.door.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.door.RequestAudit;

/**
 * The page a person sees when the sign-in door refuses a request in front of any controller — a form sent without
 * its CSRF token, or a page their role may not see — written in the pages' own style rather than as an API's problem
 * document, and audited like every refusal.
 */
@Component
class PeoplePages {

    static final String MESSAGE_TEMPLATE = "sign-in/message";

    private final ITemplateEngine templates;
    private final AuditRecorder audit;

    PeoplePages(ITemplateEngine templates, AuditRecorder audit) {
        this.templates = templates;
        this.audit = audit;
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestAudit.rejected(audit, request, null, "dashboard-forbidden the request had no valid CSRF token, or the "
                + "signed-in person's role may not make it");
        Context context = new Context(Locale.UK);
        context.setVariable("title", "You cannot do that");
        context.setVariable("explanation", "The page may have been open for too long, or your account is not allowed "
                + "to do this. Go back to the dashboard and try again.");
        context.setVariable("link", SignInPaths.DASHBOARD);
        context.setVariable("linkText", "Go to the dashboard");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        templates.process(MESSAGE_TEMPLATE, context, response.getWriter());
    }
}
