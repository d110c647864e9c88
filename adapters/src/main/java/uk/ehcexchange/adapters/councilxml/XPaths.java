package uk.ehcexchange.adapters.councilxml;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * XPaths that name an element for people and programs alike: local names from the document element down, with a
 * position (from 1) wherever an element has same-named siblings, e.g. {@code /EhcPlan/Sections/SectionE/Outcome[3]/Id}.
 */
public final class XPaths {

    private XPaths() {
    }

    public static String of(Node node) {
        if (node instanceof Attr attribute) {
            return of(attribute.getOwnerElement()) + "/@" + attribute.getLocalName();
        }
        StringBuilder path = new StringBuilder();
        for (Node n = node; n instanceof Element element; n = n.getParentNode()) {
            path.insert(0, step(element));
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    private static String step(Element element) {
        String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
        int position = 1;
        boolean repeated = false;
        for (Node s = element.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
            if (sameName(s, element)) {
                position++;
                repeated = true;
            }
        }
        for (Node s = element.getNextSibling(); !repeated && s != null; s = s.getNextSibling()) {
            repeated = sameName(s, element);
        }
        return "/" + name + (repeated ? "[" + position + "]" : "");
    }

    private static boolean sameName(Node sibling, Element element) {
        return sibling instanceof Element other && element.getLocalName() != null
                && element.getLocalName().equals(other.getLocalName())
                && java.util.Objects.equals(element.getNamespaceURI(), other.getNamespaceURI());
    }
}
