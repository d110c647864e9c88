package uk.ehcexchange.adapters.councilxml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The one streaming pass that reads a valid document: a SAX parse that refuses any DOCTYPE, the schema checked by
 * the parser itself as it goes, and JAXB binding from the same events. It only answers "here is the bound document"
 * or "no": any fatal error, schema error or JAXB event, or another document element, makes it give up, and the
 * caller re-reads the bytes through the DOM to name every error by its XPath ({@link SafeXml#violations}).
 *
 * <p>Why SAX and not StAX: with SAX the JDK's Xerces validates inside its own parsing pipeline; over StAX, JAXB can
 * only validate through a {@code ValidatorHandler} fed event by event, which made the whole pass 60% slower
 * (benchmarks/README.md, "CouncilXmlBenchmark").
 */
final class ValidatingBinder {

    private final JAXBContext context;
    private final ThreadLocal<SAXParser> parsers;

    ValidatingBinder(JAXBContext context, Schema schema) {
        this.context = context;
        SAXParserFactory factory = SafeXml.hardened(SAXParserFactory.newInstance());
        try {
            // JAXB gets the characters as written, as it does from the DOM (the schema still checks normalized
            // values), and no post-schema-validation infoset is built for it to ignore.
            factory.setFeature("http://apache.org/xml/features/validation/schema/normalized-value", false);
            factory.setFeature("http://apache.org/xml/features/validation/schema/augment-psvi", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's schema validator lacks a feature", e);
        }
        factory.setSchema(schema);
        // A parser is used by one thread at a time, so each thread has its own; a factory promises no thread safety.
        this.parsers = ThreadLocal.withInitial(() -> {
            synchronized (factory) {
                return newParser(factory);
            }
        });
    }

    /** The document bound to {@code type}, or empty when it is anything but a valid {@code root} document. */
    <T> Optional<T> bind(byte[] xml, QName root, Class<T> type) {
        SAXParser parser = parsers.get();
        try {
            Unmarshaller unmarshaller = context.createUnmarshaller();
            unmarshaller.setEventHandler(event -> false); // every error, warning or binding surprise ends the pass
            SAXSource source = new SAXSource(parser.getXMLReader(), new InputSource(new ByteArrayInputStream(xml)));
            JAXBElement<T> bound = unmarshaller.unmarshal(source, type);
            return root.equals(bound.getName()) ? Optional.of(bound.getValue()) : Optional.empty();
        } catch (JAXBException | SAXException | RuntimeException e) {
            return Optional.empty();
        } finally {
            parser.reset();
        }
    }

    private static SAXParser newParser(SAXParserFactory factory) {
        try {
            return factory.newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }
}
