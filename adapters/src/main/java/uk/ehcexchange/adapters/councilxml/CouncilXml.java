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
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.ehcexchange.adapters.councilxml.jaxb.EhcPlanType;
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

    private static final ObjectFactory FACTORY = new ObjectFactory();
    private static final JAXBContext CONTEXT = context();
    private static final Schema SCHEMA = SafeXml.schema(resource(SCHEMA_RESOURCE));

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

    public static byte[] write(EhcPlanType plan) {
        return write(FACTORY.createEhcPlan(plan));
    }

    public static byte[] write(SocialCareAssessmentType assessment) {
        return write(FACTORY.createSocialCareAssessment(assessment));
    }

    public static byte[] write(HealthAdviceType advice) {
        return write(FACTORY.createHealthAdvice(advice));
    }

    /** Parses, checks the document element and the schema, then binds. */
    static <T> T read(InputStream in, QName root, Class<T> type) {
        Document document = SafeXml.parse(in);
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

    static byte[] write(JAXBElement<?> document) {
        return marshal(CONTEXT, document);
    }

    /** Any document of generated types (these or the SOAP service's) as indented UTF-8 XML. */
    public static byte[] marshal(JAXBContext context, Object document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            Marshaller marshaller = context.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.marshal(document, out);
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
