package uk.ehcexchange.adapters.councilxml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.namespace.QName;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;
import uk.ehcexchange.adapters.councilxml.BoundTypes.BoundType;
import uk.ehcexchange.adapters.councilxml.BoundTypes.Property;

/**
 * Builds the generated types from the SAX events of a document the parser is checking against the schema as it
 * goes, as JAXB would from the same events. It relies on that check for structure and only follows it: any error
 * or warning from the parser, an element it has no property for, or a value it cannot read ends the pass with a
 * {@link SAXException}, and the caller falls back to the path that names every error.
 */
final class BindingHandler extends DefaultHandler {

    private final QName root;
    private final BoundType rootType;
    /**
     * The open elements: each one's property (null for the document element), its type and the object being built
     * (both null for an element of text only).
     */
    private final List<Property> openProperties = new ArrayList<>();
    private final List<BoundType> openTypes = new ArrayList<>();
    private final List<Object> openObjects = new ArrayList<>();
    /** The text of the open element when it can have text; whitespace between elements is never copied. */
    private boolean collecting;
    private char[] text = new char[1024];
    private int textLength;
    private Object document;

    BindingHandler(BoundTypes types, QName root, Class<?> rootType) {
        this.root = root;
        this.rootType = types.type(rootType);
    }

    Object document() {
        return document;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        Property property;
        BoundType type;
        if (openObjects.isEmpty()) {
            if (!root.getNamespaceURI().equals(uri) || !root.getLocalPart().equals(localName)) {
                throw new SAXException("another document element");
            }
            property = null;
            type = rootType;
        } else {
            BoundType parentType = openTypes.get(openTypes.size() - 1);
            property = parentType == null || !root.getNamespaceURI().equals(uri) ? null : parentType.element(localName);
            if (property == null) {
                throw new SAXException("an element the generated types have no place for");
            }
            type = property.complex;
        }
        Object instance = type == null ? null : type.newInstance();
        if (type != null) {
            for (Property attribute : type.attributes) {
                String value = attributes.getValue("", attribute.name);
                if (value != null) {
                    attribute.add(instance, parse(attribute, value));
                }
            }
        }
        openProperties.add(property);
        openTypes.add(type);
        openObjects.add(instance);
        collecting = type == null || type.text != null;
        textLength = 0;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            if (textLength + length > text.length) {
                text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
            }
            System.arraycopy(ch, start, text, textLength, length);
            textLength += length;
        }
    }

    private String text() {
        return new String(text, 0, textLength);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        int last = openObjects.size() - 1;
        Property property = openProperties.remove(last);
        BoundType type = openTypes.remove(last);
        Object instance = openObjects.remove(last);
        Object value;
        if (type == null) {
            value = parse(property, text());
        } else {
            if (type.text != null) {
                type.text.add(instance, parse(type.text, text()));
            }
            value = instance;
        }
        collecting = false;
        if (property == null) {
            document = value;
        } else {
            property.add(openObjects.get(last - 1), value);
        }
    }

    @Override
    public void warning(SAXParseException e) throws SAXException {
        throw e;
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw e;
    }

    private static Object parse(Property property, String lexical) throws SAXException {
        try {
            return property.lexical.parse().apply(lexical);
        } catch (RuntimeException e) {
            throw new SAXException("a value the generated types cannot hold");
        }
    }
}
