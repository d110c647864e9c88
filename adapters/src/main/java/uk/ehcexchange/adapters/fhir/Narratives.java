package uk.ehcexchange.adapters.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * Section narratives. Prose sections keep their text in a single {@code pre} element, which XHTML parsers (HAPI's
 * included, JSON and XML alike) leave exactly as written: line breaks, runs of spaces, tabs, so the text reads back
 * character for character.
 */
final class Narratives {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Narratives() {
    }

    /** The canonical text itself: the narrative is the content ({@code additional}: nothing else carries it). */
    static Narrative prose(String text) {
        XhtmlNode div = div();
        div.addTag("pre").addText(text);
        return new Narrative().setStatus(Narrative.NarrativeStatus.ADDITIONAL).setDiv(div);
    }

    /** A human-readable rendering of data held elsewhere in the resource. */
    static Narrative generated(List<String> paragraphs) {
        XhtmlNode div = div();
        for (String paragraph : paragraphs) {
            div.addTag("p").addText(paragraph);
        }
        return new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div);
    }

    /** The text of a narrative written by {@link #prose}: that of its {@code pre}, else all of its text. */
    static String proseText(Narrative narrative) {
        XhtmlNode div = narrative.getDiv();
        if (div == null) {
            return null;
        }
        for (XhtmlNode child : div.getChildNodes()) {
            if (child.getNodeType() == NodeType.Element && "pre".equals(child.getName())) {
                return child.allText();
            }
        }
        return div.allText();
    }

    private static XhtmlNode div() {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", XHTML);
        return div;
    }
}
