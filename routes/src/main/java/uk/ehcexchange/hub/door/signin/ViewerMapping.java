package uk.ehcexchange.hub.door.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.dashboard.DashboardViewer;
import uk.ehcexchange.hub.dashboard.DashboardViewer.ViewerKind;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.model.AuthorityKind;

/**
 * Turns the claims of a signed-in person's ID token into the {@link DashboardViewer} the pages work from, by the
 * settings' claim names and role table ({@link SignInProperties}): exactly one accepted role; for a council, a
 * council of the directory; for a health body, an ICB or trust this deployment configures; the operator needs no
 * organisation. Anything else is a {@link SignInRefusal}: fail closed.
 */
@Component
public final class ViewerMapping {

    /** What the hub calls its own operator's organisation. */
    public static final String HUB = "hub";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{3,10}");

    private final SignInProperties settings;
    private final AuthorityDirectory directory;

    public ViewerMapping(SignInProperties settings, AuthorityDirectory directory) {
        this.settings = settings;
        this.directory = directory;
    }

    /** The viewer, or the refusal that says why the person is not one. */
    public sealed interface Mapped permits Viewer, Refused {
    }

    public record Viewer(DashboardViewer viewer) implements Mapped {
    }

    public record Refused(SignInRefusal refusal, String claimedOrganisation) implements Mapped {
    }

    public Mapped map(String issuer, Map<String, Object> claims) {
        String subject = text(claims.get(settings.subjectClaim()));
        if (subject == null) {
            return new Refused(SignInRefusal.NO_SUBJECT, null);
        }
        Set<ViewerKind> kinds = values(claims.get(settings.roleClaim()))
                .map(settings.roles()::get).filter(Objects::nonNull).collect(Collectors.toSet());
        String organisation = text(claims.get(settings.organisationClaim()));
        String shownOrganisation = organisation != null && CODE.matcher(organisation).matches() ? organisation : null;
        if (kinds.isEmpty()) {
            return new Refused(SignInRefusal.NO_ROLE, shownOrganisation);
        }
        if (kinds.size() > 1) {
            return new Refused(SignInRefusal.TWO_ROLES, shownOrganisation);
        }
        ViewerKind kind = kinds.iterator().next();
        String name = Objects.requireNonNullElse(text(claims.get(settings.nameClaim())), "");
        String subjectId = pseudonym(issuer, subject);
        if (kind == ViewerKind.OPERATOR) {
            return new Viewer(new DashboardViewer(kind, HUB, name, subjectId));
        }
        if (organisation == null) {
            return new Refused(SignInRefusal.NO_ORGANISATION, null);
        }
        if (shownOrganisation == null || !knownAs(kind, organisation)) {
            return new Refused(SignInRefusal.UNKNOWN_ORGANISATION, shownOrganisation);
        }
        return new Viewer(new DashboardViewer(kind, organisation, name, subjectId));
    }

    private boolean knownAs(ViewerKind kind, String code) {
        return directory.find(code).map(authority -> switch (kind) {
            case COUNCIL -> authority.kind() == AuthorityKind.COUNCIL;
            case HEALTH -> authority.kind() == AuthorityKind.ICB || authority.kind() == AuthorityKind.NHS_TRUST;
            case OPERATOR -> false;
        }).orElse(false);
    }

    /**
     * The audit trail's name for a person: stable for as long as the provider keeps the subject, the same on every
     * node, and not the subject itself, so that the trail and the logs carry no identifier the provider gave out.
     * The provider's operator can still find whom it stands for by hashing the subject the same way.
     */
    static String pseudonym(String issuer, String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((issuer + "|" + subject).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static Stream<String> values(Object claim) {
        if (claim instanceof Collection<?> many) {
            return many.stream().map(ViewerMapping::text).filter(Objects::nonNull);
        }
        String one = text(claim);
        return one == null ? Stream.empty() : Stream.of(one);
    }

    private static String text(Object claim) {
        return claim instanceof String value && !value.isBlank() ? value.strip() : null;
    }
}
