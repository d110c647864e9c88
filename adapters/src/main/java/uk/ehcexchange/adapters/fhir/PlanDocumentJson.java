package uk.ehcexchange.adapters.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;

/**
 * A plan document Bundle, as {@link PlanDocumentWriter} builds it, written as JSON by a Jackson generator instead of
 * HAPI's reflective encoder: the same text as {@code FhirContext.newJsonParser().encodeResourceToString(bundle)}
 * (compact), character for character, in a fifth of the time or less. HAPI walks every element of every resource
 * through its model definitions and composes each narrative through a synchronised writer; this knows the
 * resources and elements the mapper writes and writes them in FHIR's element order.
 *
 * <p>It writes only what the mapper writes. A resource type or extension value type it does not know is refused
 * ({@link IllegalArgumentException}); an element it does not know would be left out, silently. That is what
 * {@code PlanDocumentJsonTest} guards against: it compares this writer with HAPI's encoder for every golden plan and
 * hundreds of generated ones, so an element added to the mapper fails the build until it is added here too.
 */
final class PlanDocumentJson {

    /** Set on every Bundle {@link PlanDocumentWriter} makes, so that no other Bundle is written (and cut) here. */
    static final String MADE_BY_PLAN_MAPPER = PlanDocumentJson.class.getName();

    /** Jackson's defaults, as HAPI's generator has them: nothing escaped beyond what JSON requires. */
    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator json;
    private final StringBuilder xhtml = new StringBuilder(4096);

    private PlanDocumentJson(JsonGenerator json) {
        this.json = json;
    }

    /** @throws IllegalArgumentException if the Bundle was not made by {@link PlanDocumentWriter} */
    static String write(Bundle bundle) {
        if (!Boolean.TRUE.equals(bundle.getUserData(MADE_BY_PLAN_MAPPER))) {
            throw new IllegalArgumentException("only a plan document made by FhirPlanMapper.toDocumentBundle is "
                    + "written this way; encode any other Bundle with HAPI's JSON parser");
        }
        // Jackson's own string sink (as ObjectMapper.writeValueAsString uses): no synchronised StringBuffer, one copy.
        SegmentedStringWriter out = new SegmentedStringWriter(JSON._getBufferRecycler());
        try {
            JsonGenerator json = JSON.createGenerator(out);
            new PlanDocumentJson(json).bundle(bundle);
            json.close();
            return out.getAndClear();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
    }

    // Resources, each element in FHIR R4's order

    private void bundle(Bundle bundle) throws IOException {
        json.writeStartObject();
        header("Bundle", bundle);
        object("identifier", bundle.getIdentifier(), this::identifier);
        string("type", bundle.getTypeElement());
        string("timestamp", bundle.getTimestampElement());
        array("entry", bundle.getEntry(), entry -> {
            string("fullUrl", entry.getFullUrlElement());
            if (entry.getResource() != null && !entry.getResource().isEmpty()) {
                json.writeFieldName("resource");
                resource(entry.getResource());
            }
        });
        json.writeEndObject();
    }

    private void resource(Resource resource) throws IOException {
        json.writeStartObject();
        switch (resource.getResourceType()) {
            case Composition -> composition((Composition) resource);
            case Patient -> patient((Patient) resource);
            case Organization -> organization((Organization) resource);
            case PractitionerRole -> practitionerRole((PractitionerRole) resource);
            case Practitioner -> practitioner((Practitioner) resource);
            case Goal -> goal((Goal) resource);
            case CarePlan -> carePlan((CarePlan) resource);
            case DocumentReference -> documentReference((DocumentReference) resource);
            default -> throw new IllegalArgumentException("a plan document has no " + resource.fhirType());
        }
        json.writeEndObject();
    }

    private void composition(Composition composition) throws IOException {
        domainHeader("Composition", composition);
        object("identifier", composition.getIdentifier(), this::identifier);
        string("status", composition.getStatusElement());
        object("type", composition.getType(), this::codeableConcept);
        object("subject", composition.getSubject(), this::reference);
        string("date", composition.getDateElement());
        array("author", composition.getAuthor(), this::reference);
        string("title", composition.getTitleElement());
        object("custodian", composition.getCustodian(), this::reference);
        array("section", composition.getSection(), this::section);
    }

    private void section(Composition.SectionComponent section) throws IOException {
        extensions(section.getExtension());
        string("title", section.getTitleElement());
        object("code", section.getCode(), this::codeableConcept);
        array("author", section.getAuthor(), this::reference);
        object("text", section.getText(), this::narrative);
        array("entry", section.getEntry(), this::reference);
        object("emptyReason", section.getEmptyReason(), this::codeableConcept);
    }

    private void patient(Patient patient) throws IOException {
        domainHeader("Patient", patient);
        array("identifier", patient.getIdentifier(), this::identifier);
        array("name", patient.getName(), this::humanName);
        string("birthDate", patient.getBirthDateElement());
        array("address", patient.getAddress(), this::address);
    }

    private void organization(Organization organization) throws IOException {
        domainHeader("Organization", organization);
        array("identifier", organization.getIdentifier(), this::identifier);
        array("type", organization.getType(), this::codeableConcept);
        string("name", organization.getNameElement());
    }

    private void practitioner(Practitioner practitioner) throws IOException {
        domainHeader("Practitioner", practitioner);
        array("name", practitioner.getName(), this::humanName);
    }

    private void practitionerRole(PractitionerRole role) throws IOException {
        domainHeader("PractitionerRole", role);
        object("practitioner", role.getPractitioner(), this::reference);
        object("organization", role.getOrganization(), this::reference);
        array("code", role.getCode(), this::codeableConcept);
    }

    private void goal(Goal goal) throws IOException {
        domainHeader("Goal", goal);
        array("identifier", goal.getIdentifier(), this::identifier);
        string("lifecycleStatus", goal.getLifecycleStatusElement());
        array("category", goal.getCategory(), this::codeableConcept);
        object("description", goal.getDescription(), this::codeableConcept);
        object("subject", goal.getSubject(), this::reference);
        array("target", goal.getTarget(), target -> choice("due", target.getDue()));
    }

    private void carePlan(CarePlan carePlan) throws IOException {
        domainHeader("CarePlan", carePlan);
        string("status", carePlan.getStatusElement());
        string("intent", carePlan.getIntentElement());
        array("category", carePlan.getCategory(), this::codeableConcept);
        string("title", carePlan.getTitleElement());
        object("subject", carePlan.getSubject(), this::reference);
        array("supportingInfo", carePlan.getSupportingInfo(), this::reference);
        array("activity", carePlan.getActivity(), activity -> {
            extensions(activity.getExtension());
            object("detail", activity.getDetail(), detail -> {
                array("goal", detail.getGoal(), this::reference);
                string("status", detail.getStatusElement());
                choice("scheduled", detail.getScheduled());
                array("performer", detail.getPerformer(), this::reference);
                string("description", detail.getDescriptionElement());
            });
        });
    }

    private void documentReference(DocumentReference document) throws IOException {
        domainHeader("DocumentReference", document);
        object("masterIdentifier", document.getMasterIdentifier(), this::identifier);
        string("status", document.getStatusElement());
        object("type", document.getType(), this::codeableConcept);
        object("subject", document.getSubject(), this::reference);
        array("author", document.getAuthor(), this::reference);
        array("content", document.getContent(), content ->
                object("attachment", content.getAttachment(), attachment ->
                        string("title", attachment.getTitleElement())));
    }

    /** resourceType, id and meta: what every resource starts with (the mapper's metas hold profiles only). */
    private void header(String type, Resource resource) throws IOException {
        json.writeStringField("resourceType", type);
        String id = resource.getIdElement().getIdPart();
        if (!isBlank(id)) {
            json.writeStringField("id", id);
        }
        object("meta", resource.getMeta(), meta -> strings("profile", meta.getProfile()));
    }

    private void domainHeader(String type, DomainResource resource) throws IOException {
        header(type, resource);
        object("text", resource.getText(), this::narrative);
        extensions(resource.getExtension());
    }

    // Data types

    private void identifier(Identifier identifier) throws IOException {
        extensions(identifier.getExtension());
        string("system", identifier.getSystemElement());
        string("value", identifier.getValueElement());
    }

    private void codeableConcept(CodeableConcept concept) throws IOException {
        array("coding", concept.getCoding(), this::coding);
        string("text", concept.getTextElement());
    }

    private void coding(Coding coding) throws IOException {
        string("system", coding.getSystemElement());
        string("code", coding.getCodeElement());
        string("display", coding.getDisplayElement());
    }

    private void reference(Reference reference) throws IOException {
        string("reference", reference.getReferenceElement_());
        string("display", reference.getDisplayElement());
    }

    private void humanName(HumanName name) throws IOException {
        string("use", name.getUseElement());
        string("text", name.getTextElement());
        string("family", name.getFamilyElement());
        strings("given", name.getGiven());
    }

    private void address(Address address) throws IOException {
        string("postalCode", address.getPostalCodeElement());
    }

    private void money(Money money) throws IOException {
        string("value", money.getValueElement());
        string("currency", money.getCurrencyElement());
    }

    private void extensions(List<Extension> extensions) throws IOException {
        array("extension", extensions, this::extension);
    }

    private void extension(Extension extension) throws IOException {
        if (!isBlank(extension.getUrl())) {
            json.writeStringField("url", extension.getUrl());
        }
        extensions(extension.getExtension());
        choice("value", extension.getValue());
    }

    /** A choice element ({@code value[x]}, {@code due[x]}, …): its name is the stem and the type's name. */
    private void choice(String stem, Type value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        String type = value.fhirType();
        String name = stem + Character.toUpperCase(type.charAt(0)) + type.substring(1);
        if (value instanceof IPrimitiveType<?> primitive) {
            string(name, primitive);
        } else if (value instanceof Identifier identifier) {
            object(name, identifier, this::identifier);
        } else if (value instanceof CodeableConcept concept) {
            object(name, concept, this::codeableConcept);
        } else if (value instanceof Money money) {
            object(name, money, this::money);
        } else if (value instanceof Reference reference) {
            object(name, reference, this::reference);
        } else {
            throw new IllegalArgumentException("a plan document has no " + stem + " of type " + type);
        }
    }

    /**
     * The narrative's XHTML as HAPI writes it: composed without pretty printing, text escaped for XML (and code
     * points beyond the Basic Multilingual Plane as character references, as HAPI's composer writes them).
     */
    private void narrative(Narrative narrative) throws IOException {
        string("status", narrative.getStatusElement());
        XhtmlNode div = narrative.getDiv();
        if (div == null || div.isEmpty()) {
            return;
        }
        if (!div.hasAttribute("xmlns")) {
            throw new IllegalArgumentException("a narrative div without its XHTML namespace");
        }
        xhtml.setLength(0);
        compose(div);
        json.writeStringField("div", xhtml.toString());
    }

    private void compose(XhtmlNode node) {
        if (node.getNodeType() == NodeType.Text) {
            escape(node.getContent(), false);
            return;
        }
        if (node.getNodeType() != NodeType.Element) {
            throw new IllegalArgumentException("a plan narrative has only elements and text, not " + node.getNodeType());
        }
        xhtml.append('<').append(node.getName());
        for (Map.Entry<String, String> attribute : node.getAttributes().entrySet()) {
            xhtml.append(' ').append(attribute.getKey()).append("=\"");
            escape(attribute.getValue(), true);
            xhtml.append('"');
        }
        if (node.getChildNodes().isEmpty()) {
            xhtml.append("/>");
            return;
        }
        xhtml.append('>');
        for (XhtmlNode child : node.getChildNodes()) {
            compose(child);
        }
        xhtml.append("</").append(node.getName()).append('>');
    }

    /** Appends {@code text} with XML's five special characters escaped, copying the runs between them whole. */
    private void escape(String text, boolean attribute) {
        if (text == null) {
            return;
        }
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> !attribute && Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))
                        ? "&#x" + Integer.toHexString(Character.toCodePoint(c, text.charAt(i + 1))).toUpperCase() + ';'
                        : null;
            };
            if (replacement != null) {
                xhtml.append(text, run, i).append(replacement);
                if (replacement.startsWith("&#x")) {
                    i++;
                }
                run = i + 1;
            }
        }
        xhtml.append(text, run, text.length());
    }

    // Structure

    @FunctionalInterface
    private interface Content<T> {
        void write(T element) throws IOException;
    }

    /** An element as an object, left out when empty (as HAPI leaves out empty elements). */
    private <T extends Base> void object(String name, T element, Content<T> content) throws IOException {
        if (element == null || element.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(name);
        content.write(element);
        json.writeEndObject();
    }

    /** A repeating element: its non-empty items, or nothing at all. */
    private <T extends Base> void array(String name, List<T> elements, Content<T> content) throws IOException {
        items(name, elements, element -> element != null && !element.isEmpty(), element -> {
            json.writeStartObject();
            content.write(element);
            json.writeEndObject();
        });
    }

    private <T> void items(String name, List<T> items, Predicate<T> present, Content<T> item) throws IOException {
        boolean started = false;
        for (T next : items) {
            if (!present.test(next)) {
                continue;
            }
            if (!started) {
                json.writeArrayFieldStart(name);
                started = true;
            }
            item.write(next);
        }
        if (started) {
            json.writeEndArray();
        }
    }

    /** A primitive with a value: a JSON boolean, number or string, as FHIR's JSON format has its type. */
    private void string(String name, IPrimitiveType<?> primitive) throws IOException {
        if (primitive == null) {
            return;
        }
        String value = primitive.getValueAsString();
        if (isBlank(value)) {
            return;
        }
        json.writeFieldName(name);
        if (primitive instanceof BooleanType bool) {
            json.writeBoolean(bool.booleanValue());
        } else if (primitive instanceof DecimalType || primitive instanceof IntegerType) {
            json.writeNumber(value);
        } else {
            json.writeString(value);
        }
    }

    /** A repeating primitive ({@code given}, {@code profile}): its values, or nothing at all. */
    private void strings(String name, List<? extends IPrimitiveType<String>> primitives) throws IOException {
        items(name, primitives, primitive -> primitive != null && !isBlank(primitive.getValueAsString()),
                primitive -> json.writeString(primitive.getValueAsString()));
    }

    /** As HAPI decides that a primitive has no value: null, empty or only whitespace. */
    private static boolean isBlank(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!Character.isWhitespace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
