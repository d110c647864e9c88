package uk.ehcexchange.adapters.councilxml;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.xml.namespace.QName;
import uk.ehcexchange.adapters.councilxml.BoundTypes.BoundType;
import uk.ehcexchange.adapters.councilxml.BoundTypes.Property;

/**
 * Writes a document of the generated types as UTF-8 XML, byte for byte as JAXB's reference implementation writes
 * it formatted ({@code IndentedXmlWriterTest} holds it to that): the declaration, the namespace declared once as
 * the default, four spaces of indentation, an element without content as {@code <X/>}, and {@code & < >} and
 * carriage return escaped in text ({@code "}, tab and line feed too in attributes). JAXB's marshaller cost more
 * than reading the document back; this costs a fraction of it. Text has already been made representable in XML
 * ({@link XmlText}).
 */
final class IndentedXmlWriter {

    private static final byte[] DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>".getBytes(StandardCharsets.US_ASCII);
    private static final int INDENT = 4;
    private static final char[] ESCAPED_IN_TEXT = {'&', '<', '>', '\r'};
    private static final char[] ESCAPED_IN_ATTRIBUTES = {'&', '<', '>', '\r', '"', '\t', '\n'};

    private final BoundTypes types;
    private byte[] buffer = new byte[64 * 1024];
    private int length;

    private IndentedXmlWriter(BoundTypes types) {
        this.types = types;
    }

    static byte[] write(BoundTypes types, QName root, Object document) {
        IndentedXmlWriter writer = new IndentedXmlWriter(types);
        writer.bytes(DECLARATION);
        writer.newLine(0);
        writer.element(root.getLocalPart(), " xmlns=\"" + root.getNamespaceURI() + "\"", types.type(document.getClass()),
                document, 0);
        writer.ascii('\n');
        return Arrays.copyOf(writer.buffer, writer.length);
    }

    private void element(String name, String namespace, BoundType type, Object instance, int depth) {
        ascii('<');
        ascii(name);
        ascii(namespace);
        for (Property attribute : type.attributes) {
            for (Object value : attribute.values(instance)) {
                ascii(' ');
                ascii(attribute.name);
                ascii("=\"");
                escaped(attribute.lexical.print().apply(value), true);
                ascii('"');
            }
        }
        if (type.text != null) {
            List<?> text = type.text.values(instance);
            ascii('>');
            if (!text.isEmpty()) {
                escaped(type.text.lexical.print().apply(text.get(0)), false);
            }
            endTag(name);
            return;
        }
        boolean empty = true;
        for (Property property : type.elementsInOrder) {
            for (Object value : property.values(instance)) {
                if (empty) {
                    ascii('>');
                    empty = false;
                }
                newLine(depth + 1);
                if (property.complex != null) {
                    element(property.name, "", property.complex, value, depth + 1);
                } else {
                    ascii('<');
                    ascii(property.name);
                    ascii('>');
                    escaped(property.lexical.print().apply(value), false);
                    endTag(property.name);
                }
            }
        }
        if (empty) {
            ascii("/>");
        } else {
            newLine(depth);
            endTag(name);
        }
    }

    private void endTag(String name) {
        ascii("</");
        ascii(name);
        ascii('>');
    }

    private void newLine(int depth) {
        ensure(1 + depth * INDENT);
        buffer[length++] = '\n';
        Arrays.fill(buffer, length, length + depth * INDENT, (byte) ' ');
        length += depth * INDENT;
    }

    private void escaped(String text, boolean attribute) {
        if (nothingToEscape(text, attribute)) {
            bytes(text.getBytes(StandardCharsets.UTF_8)); // the JDK's encoder: most text is one plain run
            return;
        }
        ensure(text.length() * 6); // the longest escape, &quot;, is six bytes for one character
        byte[] out = buffer;
        int at = length;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                String escape = escape(c, attribute);
                if (escape == null) {
                    out[at++] = (byte) c;
                } else {
                    for (int j = 0; j < escape.length(); j++) {
                        out[at++] = (byte) escape.charAt(j);
                    }
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xF0 | cp >> 18);
                out[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        length = at;
    }

    private static boolean nothingToEscape(String text, boolean attribute) {
        for (char c : attribute ? ESCAPED_IN_ATTRIBUTES : ESCAPED_IN_TEXT) {
            if (text.indexOf(c) >= 0) {
                return false;
            }
        }
        return true; // lone surrogates, which the JDK's encoder writes as '?', XmlText has already removed
    }

    private static String escape(char c, boolean attribute) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '\r': return "&#xD;";
            case '"': return attribute ? "&quot;" : null;
            case '\t': return attribute ? "&#x9;" : null;
            case '\n': return attribute ? "&#xA;" : null;
            default: return null;
        }
    }

    private void ascii(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i); // names and markup: ASCII only
        }
    }

    private void ascii(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
    }

    private void bytes(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
