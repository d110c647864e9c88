package uk.ehcexchange.adapters.sen2;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the return as the XML of {@code schemas/sen2/sen2-2027.xsd}, one person at a time, straight to a stream:
 * a council's whole caseload is never held as a document in memory. Elements come in the schema's sequence order;
 * an absent value is an absent element. Indented two spaces, one element a line, so files compare line by line.
 *
 * <p>Pure: it writes exactly what the model holds, checks nothing (that is {@link Sen2Rules} and {@link Sen2Schema})
 * and never reads the {@link Sen2Person#row() row} reference, which is not part of the return.
 */
public final class Sen2XmlWriter implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final XMLStreamWriter xml;
    private int depth;

    public Sen2XmlWriter(OutputStream out) {
        try {
            this.xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** The XML declaration, {@code Message}, the header and the opening of {@code Persons}. */
    public void start(Sen2Header header) {
        try {
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            open("Message");
            open("Header");
            open("CollectionDetails");
            leaf("Collection", "SEN2");
            leaf("Year", Integer.toString(header.year()));
            leaf("ReferenceDate", header.referenceDate());
            end();
            open("Source");
            leaf("SourceLevel", "L");
            leaf("LEA", header.lea());
            leaf("SoftwareCode", header.softwareCode());
            leaf("Release", header.release());
            leaf("SerialNo", header.serialNo());
            leaf("DateTime", header.dateTime() == null ? null : DATE_TIME.format(header.dateTime()));
            leaf("DMO", header.dmo());
            leaf("DCO", header.dco());
            leaf("DSCO", header.dsco());
            end();
            end();
            open("Persons");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    public void person(Sen2Person person) {
        try {
            open("Person");
            leaf("Surname", person.surname());
            leaf("Forename", person.forename());
            leaf("PersonBirthDate", person.birthDate());
            leaf("Sex", person.sex());
            leaf("Ethnicity", person.ethnicity());
            leaf("PostCode", person.postcode());
            leaf("UPN", person.upn());
            leaf("UniqueLearnerNumber", person.uln());
            leaf("UPNunknown", person.upnUnknown());
            for (Sen2Request request : person.requests()) {
                request(request);
            }
            end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    /** Closes {@code Persons} and {@code Message} and flushes; the stream itself stays open (its owner closes it). */
    public void finish() {
        try {
            end();
            end();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }

    private void request(Sen2Request request) throws XMLStreamException {
        open("Requests");
        leaf("ReceivedDate", request.receivedDate());
        leaf("RequestSource", request.requestSource() == null ? null : request.requestSource().toString());
        leaf("RequestOutcomeDate", request.requestOutcomeDate());
        leaf("RequestOutcome", request.requestOutcome());
        leaf("Exported", request.exported());
        if (request.assessment() != null) {
            assessment(request.assessment());
        }
        if (request.activePlan() != null) {
            activePlan(request.activePlan());
        }
        end();
    }

    private void assessment(Sen2Assessment assessment) throws XMLStreamException {
        open("Assessment");
        leaf("AssessmentOutcome", assessment.outcome());
        leaf("AssessmentOutcomeDate", assessment.outcomeDate());
        leaf("Week20", assessment.week20() == null ? null : assessment.week20() ? "1" : "0");
        Sen2NamedPlan plan = assessment.namedPlan();
        if (plan != null) {
            open("NamedPlan");
            leaf("StartDate", plan.startDate());
            for (Sen2Placement detail : plan.planDetails()) {
                placement("PlanDetail", detail, false);
            }
            leaf("CeaseDate", plan.ceaseDate());
            leaf("CeaseReason", plan.ceaseReason());
            end();
        }
        end();
    }

    private void activePlan(Sen2ActivePlan plan) throws XMLStreamException {
        open("ActivePlans");
        leaf("TransferLA", plan.transferLa());
        for (Sen2Placement placement : plan.placements()) {
            placement("PlacementDetail", placement, true);
        }
        for (Sen2Need need : plan.needs()) {
            open("SENneed");
            leaf("SENtype", need.senType());
            leaf("SENtypeRank", need.rank() == null ? null : need.rank().toString());
            end();
        }
        leaf("ReviewMeeting", plan.reviewMeeting());
        leaf("ReviewOutcome", plan.reviewOutcome());
        leaf("ReviewDraft", plan.reviewDraft());
        leaf("PhaseTransferDueDate", plan.phaseTransferDueDate());
        leaf("PhaseTransferFinalDate", plan.phaseTransferFinalDate());
        leaf("LastReview", plan.lastReview());
        end();
    }

    private void placement(String element, Sen2Placement placement, boolean dated) throws XMLStreamException {
        open(element);
        leaf("URN", placement.urn());
        leaf("UKPRN", placement.ukprn());
        leaf("SENSetting", placement.senSetting());
        leaf("SENSettingOther", placement.senSettingOther());
        leaf("PlacementRank", placement.rank() == null ? null : placement.rank().toString());
        if (dated) {
            leaf("EntryDate", placement.entryDate());
            leaf("LeavingDate", placement.leavingDate());
        }
        end();
    }

    private void open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void leaf(String name, LocalDate value) throws XMLStreamException {
        leaf(name, value == null ? null : value.toString());
    }

    private void leaf(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        indent();
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
