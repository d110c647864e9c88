package uk.ehcexchange.adapters.councilxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.namespace.QName;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The one streaming pass that reads a valid document: a SAX parse that refuses any DOCTYPE, the schema checked by
 * the parser itself as it goes, and the generated types built from the same events ({@link BindingHandler}). It
 * only answers "here is the bound document" or "no": any fatal error, schema error or warning, a value that cannot
 * be bound, or another document element makes it give up, and the caller re-reads the bytes through the DOM to
 * name every error by its XPath ({@link SafeXml#violations}).
 *
 * <p>Why SAX and not StAX: with SAX the JDK's Xerces validates inside its own parsing pipeline; over StAX, a
 * schema can only be checked through a {@code ValidatorHandler} fed event by event, which made the whole pass 60%
 * slower. Why not JAXB's unmarshaller on the same events: it cost more than the schema check itself
 * (benchmarks/README.md, "CouncilXmlBenchmark"); {@code ValidatingBinderTest} holds this binder to JAXB's result.
 */
final class ValidatingBinder {

    private final BoundTypes types;
    private final ThreadLocal<SAXParser> parsers;

    ValidatingBinder(BoundTypes types, Schema schema) {
        this.types = types;
        SAXParserFactory factory = SafeXml.hardened(SAXParserFactory.newInstance());
        try {
            // The binder gets the characters as written, as JAXB does from the DOM (the schema still checks
            // normalized values), and no post-schema-validation infoset is built for it to ignore.
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
            BindingHandler handler = new BindingHandler(types, root, type);
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
            return Optional.ofNullable(type.cast(handler.document()));
        } catch (SAXException | IOException | RuntimeException e) {
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
