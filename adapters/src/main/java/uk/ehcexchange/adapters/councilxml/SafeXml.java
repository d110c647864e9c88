package uk.ehcexchange.adapters.councilxml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import uk.ehcexchange.model.validation.Violation;

/**
 * Reading untrusted XML safely, and checking it against a schema so that every error names its element.
 *
 * <p>A DOCTYPE is refused outright: council documents never need one, and refusing it closes external entities
 * (XXE), entity expansion (billion laughs) and DTD-driven network access at once. The JDK's secure-processing
 * limits stay on for everything else.
 */
public final class SafeXml {

    /** Xerces' property for the element being validated when validating a DOM. */
    private static final String CURRENT_ELEMENT = "http://apache.org/xml/properties/dom/current-element-node";
    /** Values in schema messages may be personal data (a name, an NHS number): they are not repeated. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("(?i)(value) '[^']*'");
    private static final Pattern RULE = Pattern.compile("^(cvc-[A-Za-z0-9.\\-]+?)\\.?:");

    /** The refusals every parser of untrusted XML here is built with. */
    private static final Map<String, Boolean> FEATURES = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, true,
            "http://apache.org/xml/features/disallow-doctype-decl", true,
            "http://xml.org/sax/features/external-general-entities", false,
            "http://xml.org/sax/features/external-parameter-entities", false,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SafeXml::newBuilder);

    private SafeXml() {
    }

    /** All of a document's bytes; a stream that cannot be read is refused like a document that cannot be parsed. */
    static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw unreadable();
        }
    }

    /** Parses a whole document, refusing any DOCTYPE. */
    public static Document parse(InputStream in) {
        DocumentBuilder builder = BUILDER.get();
        try {
            return builder.parse(in);
        } catch (SAXParseException e) {
            boolean dtd = e.getMessage() != null && e.getMessage().contains("DOCTYPE");
            String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
            throw dtd
                    ? new CouncilXmlException(CouncilXmlException.Kind.DTD_NOT_ALLOWED, "a DOCTYPE is not allowed",
                            List.of(new Violation("/", "no-dtd", "the document has a DOCTYPE (" + where + "); DTDs and entities are refused")))
                    : new CouncilXmlException(CouncilXmlException.Kind.MALFORMED_XML, "not well-formed XML",
                            List.of(new Violation("/", "well-formed-xml", "the body is not well-formed XML near " + where)));
        } catch (SAXException | IOException e) {
            throw unreadable();
        } finally {
            builder.reset();
        }
    }

    private static CouncilXmlException unreadable() {
        return new CouncilXmlException(CouncilXmlException.Kind.MALFORMED_XML, "not well-formed XML",
                List.of(new Violation("/", "well-formed-xml", "the body could not be read as XML")));
    }

    /** A schema from the classpath; imports resolve relative to it, and nothing is fetched from the network. */
    public static Schema schema(URL location) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // Imports resolve inside the schemas jar: a file, a jar, or a jar nested in the hub's Spring Boot jar.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar,nested");
            return factory.newSchema(location);
        } catch (SAXException e) {
            throw new IllegalStateException("the published schema " + location + " does not load", e);
        }
    }

    /**
     * Every way {@code element} breaks {@code schema}, each with the XPath of the element at fault, the schema rule
     * ({@code cvc-…}) and a message without the offending value. Empty when it is valid.
     */
    public static List<Violation> violations(Schema schema, Element element) {
        Validator validator = schema.newValidator();
        List<Violation> violations = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                violations.add(violation(validator, e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                violations.add(violation(validator, e));
            }
        });
        try {
            validator.validate(new DOMSource(element));
        } catch (SAXException | IOException e) {
            if (violations.isEmpty()) {
                violations.add(new Violation(XPaths.of(element), "schema", "the document does not match the schema"));
            }
        }
        // Xerces reports a bad simple value twice (the facet, then the type): keep the first, most precise, per element.
        Map<String, Violation> first = new LinkedHashMap<>();
        violations.forEach(v -> first.putIfAbsent(v.field(), v));
        return List.copyOf(first.values());
    }

    private static Violation violation(Validator validator, SAXParseException e) {
        String message = e.getMessage() == null ? "breaks the schema" : e.getMessage();
        Node at = null;
        try {
            at = (Node) validator.getProperty(CURRENT_ELEMENT);
        } catch (SAXException ignored) {
            // not Xerces: fall back to the document element
        }
        var rule = RULE.matcher(message);
        return new Violation(at == null ? "/" : XPaths.of(at), rule.find() ? rule.group(1) : "schema",
                QUOTED_VALUE.matcher(message).replaceAll("$1 (not repeated)"));
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
                factory.setFeature(feature.getKey(), feature.getValue());
            }
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null); // errors are thrown, not printed to stderr
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    /**
     * A SAX parser factory with the same refusals as the DOM parser. Secure processing set through the API also
     * empties the parsers' external DTD and schema access lists, and a factory's settings survive
     * {@code SAXParser.reset()}.
     */
    static SAXParserFactory hardened(SAXParserFactory factory) {
        try {
            factory.setNamespaceAware(true);
            for (Map.Entry<String, Boolean> feature : FEATURES.entrySet()) {
                factory.setFeature(feature.getKey(), feature.getValue());
            }
            factory.setXIncludeAware(false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }
}
