package uk.ehcexchange.hub.transfer.pkg;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.ehcexchange.transfer.PartRole;

/**
 * How the hub names a section K document inside a transfer package, and finds it again on receipt: the number
 * in the part name is the document's 1-based position in section K's advice list, so the receiver maps each part
 * back to the advice entry (and its reference) without the manifest having to carry council references.
 */
public final class DocumentParts {

    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf", "pdf", "application/json", "json", "text/plain", "txt", "image/png", "png",
            "image/jpeg", "jpg", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");
    private static final Pattern NUMBERED = Pattern.compile("(?:advice|attachments)/(\\d{1,4})-.*");

    private DocumentParts() {
    }

    /** Whether a document of this media type can travel in a package. */
    public static boolean isCarried(String mediaType) {
        return EXTENSIONS.containsKey(mediaType);
    }

    /** Advice parts may be PDF or JSON; other formats travel as attachments. */
    public static PartRole roleFor(String mediaType) {
        return mediaType.equals("application/pdf") || mediaType.equals("application/json")
                ? PartRole.ADVICE : PartRole.ATTACHMENT;
    }

    public static String partName(int position, String reference, String mediaType) {
        return roleFor(mediaType).folder() + position + "-" + safeName(reference) + "." + EXTENSIONS.get(mediaType);
    }

    /** The section K position a part name carries, if it is a document part. */
    public static OptionalInt position(String partName) {
        Matcher m = NUMBERED.matcher(partName);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The last segment of the reference without its extension, reduced to lower-case letters, digits and hyphens. */
    static String safeName(String reference) {
        String last = reference.substring(reference.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        String base = (dot > 0 ? last.substring(0, dot) : last).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 150) {
            base = base.substring(0, 150).replaceAll("-+$", "");
        }
        return base.isEmpty() ? "document" : base;
    }
}
