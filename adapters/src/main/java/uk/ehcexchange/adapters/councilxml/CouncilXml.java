package uk.ehcexchange.adapters.councilxml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.validation.Schema;
import org.glassfish.jaxb.runtime.v2.runtime.JAXBContextImpl;
import org.glassfish.jaxb.runtime.v2.runtime.MarshallerImpl;
import org.glassfish.jaxb.runtime.v2.runtime.output.IndentingUTF8XmlOutput;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.ehcexchange.adapters.councilxml.jaxb.EhcPlanType;
import uk.ehcexchange.adapters.councilxml.jaxb.AdviceDocumentType;
import uk.ehcexchange.adapters.councilxml.jaxb.HealthAdviceType;
import uk.ehcexchange.adapters.councilxml.jaxb.ObjectFactory;
import uk.ehcexchange.adapters.councilxml.jaxb.SocialCareAssessmentType;
import uk.ehcexchange.model.validation.Violation;

/**
 * Council XML documents as bytes: read safely (no DOCTYPE, checked against council-xml-v1.xsd, every error with
 * its XPath) and written in UTF-8. The schema is the one published in the schemas module.
 */
public final class CouncilXml {

    public static final String NAMESPACE = "urn:ehc-exchange:council-xml:v1";
    public static final String SCHEMA_RESOURCE = "/uk/ehcexchange/schemas/xml/council-xml-v1.xsd";
    public static final QName EHC_PLAN = new QName(NAMESPACE, "EhcPlan");
    public static final QName SOCIAL_CARE_ASSESSMENT = new QName(NAMESPACE, "SocialCareAssessment");
    public static final QName HEALTH_ADVICE = new QName(NAMESPACE, "HealthAdvice");
    public static final QName ADVICE_DOCUMENT = new QName(NAMESPACE, "AdviceDocument");

    /** The reference implementation's name for the indentation of formatted output. */
    private static final String INDENT_STRING = "org.glassfish.jaxb.indentString";

    private static final JAXBContext CONTEXT = context();
    private static final Schema SCHEMA = SafeXml.schema(resource(SCHEMA_RESOURCE));
    static final BoundTypes TYPES = new BoundTypes(EhcPlanType.class, HealthAdviceType.class,
            SocialCareAssessmentType.class, AdviceDocumentType.class);
    static final ValidatingBinder BINDER = new ValidatingBinder(TYPES, SCHEMA);

    private CouncilXml() {
    }

    public static Schema schema() {
        return SCHEMA;
    }

    public static URL resource(String path) {
        URL url = CouncilXml.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing from the classpath (ehc-schemas)");
        }
        return url;
    }

    public static EhcPlanType readPlan(InputStream in) {
        return read(in, EHC_PLAN, EhcPlanType.class);
    }

    public static SocialCareAssessmentType readSocialCareAssessment(InputStream in) {
        return read(in, SOCIAL_CARE_ASSESSMENT, SocialCareAssessmentType.class);
    }

    public static HealthAdviceType readHealthAdvice(InputStream in) {
        return read(in, HEALTH_ADVICE, HealthAdviceType.class);
    }

    public static AdviceDocumentType readAdviceDocument(InputStream in) {
        return read(in, ADVICE_DOCUMENT, AdviceDocumentType.class);
    }

    public static byte[] write(AdviceDocumentType advice) {
        return IndentedXmlWriter.write(TYPES, ADVICE_DOCUMENT, advice);
    }

    public static byte[] write(EhcPlanType plan) {
        return IndentedXmlWriter.write(TYPES, EHC_PLAN, plan);
    }

    public static byte[] write(SocialCareAssessmentType assessment) {
        return IndentedXmlWriter.write(TYPES, SOCIAL_CARE_ASSESSMENT, assessment);
    }

    public static byte[] write(HealthAdviceType advice) {
        return IndentedXmlWriter.write(TYPES, HEALTH_ADVICE, advice);
    }

    /**
     * One streaming pass binds a valid document. Only when that pass fails are the same bytes parsed again into a DOM,
     * to check the document element and the schema and name every error by its XPath; so a refused document costs
     * two parses and a valid one a single pass. The whole document is held as bytes meanwhile: the hub bounds the
     * size of what it reads ({@code ehc.max-request-size}), and a DOM of it, as before, took more.
     */
    static <T> T read(InputStream in, QName root, Class<T> type) {
        byte[] xml = SafeXml.readAll(in);
        return BINDER.bind(xml, root, type).orElseGet(() -> readNamingEveryError(xml, root, type));
    }

    /** Parses, checks the document element and the schema, then binds. */
    private static <T> T readNamingEveryError(byte[] xml, QName root, Class<T> type) {
        Document document = SafeXml.parse(new ByteArrayInputStream(xml));
        Element element = document.getDocumentElement();
        if (!root.getNamespaceURI().equals(element.getNamespaceURI()) || !root.getLocalPart().equals(element.getLocalName())) {
            throw new CouncilXmlException(CouncilXmlException.Kind.SCHEMA_VIOLATION, "not a " + root.getLocalPart(),
                    List.of(new Violation(XPaths.of(element), "document-element",
                            "expected {" + root.getNamespaceURI() + "}" + root.getLocalPart())));
        }
        List<Violation> violations = SafeXml.violations(SCHEMA, element);
        if (!violations.isEmpty()) {
            throw new CouncilXmlException(CouncilXmlException.Kind.SCHEMA_VIOLATION,
                    violations.size() + " schema violation(s)", violations);
        }
        return unmarshal(element, type);
    }

    /** Binds an element already checked against the schema. */
    public static <T> T unmarshal(Element element, Class<T> type) {
        try {
            return CONTEXT.createUnmarshaller().unmarshal(element, type).getValue();
        } catch (JAXBException e) {
            throw new CouncilXmlException(CouncilXmlException.Kind.SCHEMA_VIOLATION, "cannot bind " + type.getSimpleName(),
                    List.of(new Violation(XPaths.of(element), "schema", "the document does not match the schema")));
        }
    }

    /** What {@link #write} is held to: the same document written by JAXB. */
    static byte[] writeWithJaxb(JAXBElement<?> document) {
        return marshal(CONTEXT, document);
    }

    /**
     * Any document of generated types (these or the SOAP service's) as indented UTF-8 XML, by JAXB.
     *
     * <p>With the JAXB reference implementation (the one this module depends on) the output is written without a
     * character escape handler: given one, as it always is for UTF-8 through the standard API, the implementation
     * copies every text through a synchronized {@code StringWriter}, which cost 40% of writing a plan. Without one
     * it escapes and encodes in one step; the only difference is that a carriage return in text is written as
     * {@code &#xD;} rather than {@code &#13;}, the same character.
     */
    public static byte[] marshal(JAXBContext context, Object document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            if (marshaller instanceof MarshallerImpl reference && context instanceof JAXBContextImpl names) {
                String indent = (String) marshaller.getProperty(INDENT_STRING);
                reference.marshal(document, new IndentingUTF8XmlOutput(out, indent, names.getUTF8NameTable(), null));
            } else {
                marshaller.marshal(document, out);
            }
        } catch (JAXBException e) {
            throw new IllegalStateException("a mapped document always marshals", e);
        }
        return out.toByteArray();
    }

    /** For tests and tools: the same bytes read back as a plan. */
    public static EhcPlanType readPlan(byte[] xml) {
        return readPlan(new ByteArrayInputStream(xml));
    }

    private static JAXBContext context() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the generated council XML types do not bind", e);
        }
    }
}
