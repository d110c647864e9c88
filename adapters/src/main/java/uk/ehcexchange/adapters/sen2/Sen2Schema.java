package uk.ehcexchange.adapters.sen2;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Checks a written return against the published XSD ({@code schemas/sen2/sen2-2027.xsd}), streaming, and names the
 * child of each error by its row reference: the file is read once, counting {@code Person} elements, so an error
 * inside the n-th person is reported against the n-th row the writer wrote. Errors outside any person are
 * {@code header} findings. The XSD message names elements and expected values; values of personal items could
 * appear in it, so the message kept is the schema's rule only (its code, e.g. {@code cvc-pattern-valid}).
 */
public final class Sen2Schema {

    public static final String RESOURCE = "/uk/ehcexchange/schemas/sen2/sen2-2027.xsd";

    private static final Schema SCHEMA = load();

    private Sen2Schema() {
    }

    /**
     * @param xml  the return as written
     * @param rows the row reference of each person, in the order written
     */
    public static List<Sen2Finding> validate(InputStream xml, List<String> rows) throws IOException {
        List<Sen2Finding> findings = new ArrayList<>();
        PersonCounter counter = new PersonCounter();
        ValidatorHandler validator = SCHEMA.newValidatorHandler();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are not errors of the return
            }

            @Override
            public void error(SAXParseException e) {
                String row = counter.inside && counter.persons > 0 && counter.persons <= rows.size()
                        ? rows.get(counter.persons - 1) : null;
                findings.add(new Sen2Finding(row, row == null ? "header" : "schema", "xsd", rule(e)
                        + " at line " + e.getLineNumber()));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            counter.setParent(reader);
            counter.setContentHandler(validator);
            counter.parse(new InputSource(xml));
        } catch (SAXException | ParserConfigurationException e) {
            findings.add(new Sen2Finding(null, "header", "xml", "the file is not well-formed XML: " + e.getMessage()));
        }
        return findings;
    }

    /** The schema rule broken (e.g. {@code cvc-complex-type.2.4.a}) and the element it names, without values. */
    private static String rule(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int colon = message.indexOf(':');
        String code = colon > 0 ? message.substring(0, colon) : "schema";
        int element = message.indexOf("element '");
        String named = element < 0 ? "" : " (" + message.substring(element, message.indexOf('\'', element + 9) + 1)
                + ")";
        return "the file breaks the SEN2 XSD: " + code + named;
    }

    private static Schema load() {
        URL url = Sen2Schema.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("SEN2 XSD missing from the classpath: " + RESOURCE);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("SEN2 XSD does not load", e);
        }
    }

    /** Counts Person elements as they pass to the validator, so an error can name its row. */
    private static final class PersonCounter extends XMLFilterImpl {
        int persons;
        boolean inside;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("Person".equals(localName)) {
                persons++;
                inside = true;
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            if ("Person".equals(localName)) {
                inside = false;
            }
        }
    }
}
