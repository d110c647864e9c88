package uk.ehcexchange.adapters.councilxml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.ehcexchange.adapters.caseload.CaseloadFormatException;
import uk.ehcexchange.adapters.caseload.CaseloadReader;
import uk.ehcexchange.adapters.caseload.CaseloadRow;
import uk.ehcexchange.model.EhcPlan;
import uk.ehcexchange.model.validation.Violation;

/**
 * Reads a council XML caseload ({@code Caseload} of council-xml-v1.xsd: {@code EhcPlan} elements one after another)
 * one plan at a time. Each plan is copied out of the stream as a document of its own and read exactly as a plan
 * submitted alone ({@link CouncilXml#readPlan}: the schema checked, every error named by its XPath in that plan), so a
 * broken plan is one refused entry and the plans after it are still read. Only the current plan is in memory.
 *
 * <p>The file is refused as a whole — {@link CaseloadFormatException}, entry 0 — for a DOCTYPE (so no external
 * entity or entity expansion can happen) or another document element, and from the entry where it stops being
 * well-formed.
 */
public final class CouncilXmlCaseloadReader implements CaseloadReader {

    public static final String FORMAT = "council-xml-caseload-v1";
    public static final String CASELOAD = "Caseload";
    /** Sections A to D may each hold 100,000 characters; a plan many times that is not a plan. */
    public static final int MAX_PLAN_CHARS = 16 * 1024 * 1024;

    private static final XMLInputFactory FACTORY = hardened(XMLInputFactory.newDefaultFactory());

    private final InputStream in;
    private final XMLStreamReader xml;
    private final int maxPlanChars;
    /** The namespaces declared on the document element, which every plan inherits. */
    private final Map<String, String> inherited = new LinkedHashMap<>();
    private long number;
    private boolean ended;

    private CouncilXmlCaseloadReader(InputStream in, XMLStreamReader xml, int maxPlanChars) {
        this.in = in;
        this.xml = xml;
        this.maxPlanChars = maxPlanChars;
    }

    /** Reads up to the document element and checks it. */
    public static CouncilXmlCaseloadReader open(InputStream in) throws IOException {
        return open(in, MAX_PLAN_CHARS);
    }

    static CouncilXmlCaseloadReader open(InputStream in, int maxPlanChars) throws IOException {
        XMLStreamReader xml;
        try {
            xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            in.close();
            throw notWellFormed(0, e);
        }
        CouncilXmlCaseloadReader reader = new CouncilXmlCaseloadReader(in, xml, maxPlanChars);
        try {
            reader.readDocumentElement();
            return reader;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private void readDocumentElement() throws IOException {
        int event = advance(0);
        if (event != XMLStreamConstants.START_ELEMENT) {
            throw new CaseloadFormatException(0, List.of(new Violation("/", "document-element",
                    "the file holds no document element")));
        }
        if (!CouncilXml.NAMESPACE.equals(xml.getNamespaceURI()) || !CASELOAD.equals(xml.getLocalName())) {
            throw new CaseloadFormatException(0, List.of(new Violation("/" + xml.getLocalName(), "document-element",
                    "expected {" + CouncilXml.NAMESPACE + "}" + CASELOAD)));
        }
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            inherited.put(prefix(xml.getNamespacePrefix(i)), xml.getNamespaceURI(i));
        }
    }

    @Override
    public CaseloadRow next() throws IOException {
        if (!toNextEntry()) {
            return null;
        }
        number++;
        if (!CouncilXml.NAMESPACE.equals(xml.getNamespaceURI())
                || !CouncilXml.EHC_PLAN.getLocalPart().equals(xml.getLocalName())) {
            Violation wrong = new Violation("/" + xml.getLocalName(), "caseload-entry",
                    "a caseload holds only EhcPlan elements of the council XML namespace");
            skipEntry();
            return new CaseloadRow(number, null, List.of(wrong));
        }
        String plan = copyEntry();
        if (plan == null) {
            return new CaseloadRow(number, null, List.of(new Violation("/EhcPlan", "plan-too-large",
                    "the plan is over " + maxPlanChars + " characters of XML")));
        }
        try {
            Mapped<EhcPlan> mapped = CouncilXmlMapper.toCanonical(
                    CouncilXml.readPlan(plan.getBytes(StandardCharsets.UTF_8)));
            return new CaseloadRow(number, mapped.value(), List.of(), mapped.notCarried().stream()
                    .map(n -> new Violation(n.element(), "not-carried", n.reason())).toList());
        } catch (CouncilXmlException refused) {
            return new CaseloadRow(number, null, refused.violations());
        }
    }

    @Override
    public long skipThrough(long entry) throws IOException {
        while (number < entry && toNextEntry()) {
            number++;
            skipEntry();
        }
        return number;
    }

    /** @return whether the reader is on the start of an entry; false at the end of the document element */
    private boolean toNextEntry() throws IOException {
        if (ended) {
            return false;
        }
        int event = advance(number + 1);
        if (event == XMLStreamConstants.START_ELEMENT) {
            return true;
        }
        ended = true;
        if (advance(number + 1) != XMLStreamConstants.END_DOCUMENT) {
            throw notWellFormed(number + 1, null);
        }
        return false;
    }

    /**
     * The next start or end of an element (or the end of the document), passing over whitespace, comments and
     * processing instructions; text between plans is refused.
     */
    private int advance(long entry) throws IOException {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT:
                        return event;
                    case XMLStreamConstants.DTD:
                        throw new CaseloadFormatException(0, List.of(new Violation("/", "no-dtd", "the file has a "
                                + "DOCTYPE (" + where(xml.getLocation()) + "); DTDs and entities are refused")));
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA:
                        if (!xml.isWhiteSpace()) {
                            throw new CaseloadFormatException(entry, List.of(new Violation("/" + CASELOAD,
                                    "caseload-entry", "text between plans (" + where(xml.getLocation())
                                    + "); a caseload holds only EhcPlan elements")));
                        }
                        break;
                    default:
                        break;
                }
            }
            return XMLStreamConstants.END_DOCUMENT;
        } catch (XMLStreamException e) {
            throw notWellFormed(entry, e);
        }
    }

    private void skipEntry() throws IOException {
        try {
            skipRest(1);
        } catch (XMLStreamException e) {
            throw notWellFormed(number, e);
        }
    }

    /**
     * The entry the reader is on, as a document of its own with the namespaces it inherits declared on it; null (the
     * entry read to its end) when it is longer than the limit. Character references a parser would otherwise normalise
     * away (a carriage return in text, white space in an attribute) are written as references, so nothing changes.
     */
    private String copyEntry() throws IOException {
        StringBuilder out = new StringBuilder(64 * 1024);
        try {
            Map<String, String> namespaces = new LinkedHashMap<>(inherited);
            for (int depth = 1; depth > 0; ) {
                if (out.length() > maxPlanChars) {
                    skipRest(depth);
                    return null;
                }
                switch (xml.getEventType()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        startTag(out, namespaces);
                        namespaces.clear();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            escape(out, xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength(), false);
                    default -> {
                    }
                }
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    out.append("</").append(qualified(xml.getPrefix(), xml.getLocalName())).append('>');
                }
            }
            return out.toString();
        } catch (XMLStreamException e) {
            throw notWellFormed(number, e);
        }
    }

    private void startTag(StringBuilder out, Map<String, String> declared) {
        out.append('<').append(qualified(xml.getPrefix(), xml.getLocalName()));
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            declared.put(prefix(xml.getNamespacePrefix(i)), xml.getNamespaceURI(i));
        }
        declared.forEach((prefix, uri) -> {
            out.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"");
            escape(out, uri.toCharArray(), 0, uri.length(), true);
            out.append('"');
        });
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            out.append(' ').append(qualified(xml.getAttributePrefix(i), xml.getAttributeLocalName(i))).append("=\"");
            String value = xml.getAttributeValue(i);
            escape(out, value.toCharArray(), 0, value.length(), true);
            out.append('"');
        }
        out.append('>');
    }

    /** Reads to the end of the element {@code depth} levels up. */
    private void skipRest(int depth) throws XMLStreamException {
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void escape(StringBuilder out, char[] text, int start, int length, boolean attribute) {
        for (int i = start; i < start + length; i++) {
            char c = text[i];
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\r' -> out.append("&#xD;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#xA;" : "\n");
                case '\t' -> out.append(attribute ? "&#x9;" : "\t");
                default -> out.append(c);
            }
        }
    }

    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    private static String prefix(String prefix) {
        return prefix == null ? XMLConstants.DEFAULT_NS_PREFIX : prefix;
    }

    private static CaseloadFormatException notWellFormed(long entry, XMLStreamException e) {
        String near = e == null || e.getLocation() == null ? "" : " near " + where(e.getLocation());
        return new CaseloadFormatException(entry, List.of(new Violation("$", "well-formed-xml",
                "the file is not well-formed XML" + near + "; nothing after this point can be read")));
    }

    private static String where(Location location) {
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** The JDK's own StAX parser, whatever else is on the classpath, with DTDs and external entities off. */
    private static XMLInputFactory hardened(XMLInputFactory factory) {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream below is closed next either way
        } finally {
            in.close();
        }
    }
}
