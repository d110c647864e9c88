package uk.ehcexchange.adapters.councilxml;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates a canonical field path ({@code sections.E.outcomes[2].id}, as the canonical validator reports it) into
 * the XPath of the same value in council XML ({@code /EhcPlan/Sections/SectionE/Outcome[3]/Id}), so that a rule
 * broken by an XML document is reported against the element the sender wrote. The structures match one to one
 * (council-xml-v1.xsd), so the translation is mechanical.
 */
public final class CouncilXmlPaths {

    /** A canonical list becomes its repeated item element. */
    private static final Map<String, String> LIST_ITEMS = Map.of(
            "outcomes", "Outcome", "items", "Item", "lines", "Line", "advice", "Advice", "outcomeIds", "OutcomeId",
            "needs", "Need", "recommendedProvision", "RecommendedProvision", "attachments", "Attachment",
            "sections", "Section");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[(\\d+)])?");

    private CouncilXmlPaths() {
    }

    /**
     * @param root          the XPath of the document element, e.g. {@code /EhcPlan} or
     *                      {@code /SubmitPlanRequest/EhcPlan}
     * @param canonicalPath the canonical field path; {@code $} or empty is the document itself
     */
    public static String toXPath(String root, String canonicalPath) {
        if (canonicalPath == null || canonicalPath.isEmpty() || canonicalPath.equals("$")) {
            return root;
        }
        StringBuilder xpath = new StringBuilder(root);
        String previous = null;
        boolean previousIndexed = false;
        for (String part : canonicalPath.split("\\.")) {
            Matcher m = SEGMENT.matcher(part);
            if (!m.matches()) {
                return root; // not a canonical path: name the document rather than guess
            }
            String name = m.group(1);
            // a plan's sections.E is SectionE; an advice document's sections[0] is Section[1]
            String element = "sections".equals(previous) && !previousIndexed ? "Section" + name
                    : m.group(2) != null && LIST_ITEMS.containsKey(name) ? LIST_ITEMS.get(name)
                    : Character.toUpperCase(name.charAt(0)) + name.substring(1);
            xpath.append('/').append(element);
            if (m.group(2) != null) {
                xpath.append('[').append(Integer.parseInt(m.group(2)) + 1).append(']');
            }
            previous = name;
            previousIndexed = m.group(2) != null;
        }
        return xpath.toString();
    }
}
