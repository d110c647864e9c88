package uk.ehcexchange.hub.sen2;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.ehcexchange.adapters.sen2.Sen2Finding;
import uk.ehcexchange.adapters.sen2.Sen2Header;
import uk.ehcexchange.adapters.sen2.Sen2Person;
import uk.ehcexchange.adapters.sen2.Sen2Request;
import uk.ehcexchange.adapters.sen2.Sen2Rules;
import uk.ehcexchange.adapters.sen2.Sen2Schema;
import uk.ehcexchange.adapters.sen2.Sen2XmlWriter;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.core.Rejection;
import uk.ehcexchange.hub.directory.AuthorityDirectory;

/**
 * A council's SEN2 person-level return from the hub's own records: read the council's records, assemble the
 * persons of the collection period, check each against the SEN2 rules, write those that pass as the XML of the
 * published XSD (streamed, one person at a time), then check the written file against that XSD. A child who breaks
 * a rule is left out of the XML and listed in the report with every rule broken, so the file the council loads is
 * valid and it knows exactly which children to complete. Every export is audited (who, council, year, counts).
 *
 * <p>Who may ask is the caller's business (the council's door checks it is the council; the operator's door that it
 * is a named operator): this service takes the actor as a name.
 */
@Service
public class Sen2Export {

    private static final Logger LOG = LoggerFactory.getLogger(Sen2Export.class);
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    /** The XML and its report. */
    public record Result(byte[] xml, Sen2Report report) {
    }

    private final Sen2Records records;
    private final AuthorityDirectory directory;
    private final AuditRecorder audit;
    private final Sen2Properties settings;
    private final Clock clock;

    public Sen2Export(Sen2Records records, AuthorityDirectory directory, AuditRecorder audit,
                      Sen2Properties settings, Clock clock) {
        this.records = records;
        this.directory = directory;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param actor   who asked: the council's client or {@code operator:<name>}
     * @param year    the collection year as given (e.g. {@code 2027})
     * @param header  what the council answers for itself; gaps are filled from the settings
     * @throws RejectedException unknown council (404), unknown year or bad header item (400)
     */
    public Result export(String actor, String council, String year, ExportHeader header) {
        if (!directory.isCouncil(council)) {
            throw RejectedException.of(Rejection.NOT_FOUND, "council", "known-council",
                    "there is no council " + council + " in the directory", council);
        }
        CollectionPeriod period = CollectionPeriod.of(year);
        ExportHeader answered = header.completedBy(settings.councils().get(council));
        long started = System.nanoTime();
        List<Sen2Person> persons = Sen2Assembler.persons(records.read(council), period);
        Result result = write(council, period, persons, new Sen2Header(period.year(), period.referenceDate(),
                council, settings.softwareCode(), settings.release(), answered.serialNo(),
                OffsetDateTime.now(clock.withZone(ENGLAND)).truncatedTo(ChronoUnit.SECONDS), answered.dmo(),
                answered.dco(), answered.dsco()));
        Sen2Report report = result.report();
        if (!report.schemaValid()) {
            // The rules are meant to catch everything the XSD does: a schema error is the hub's own fault.
            LOG.error("SEN2 export for council {} {} broke its own XSD; see the report's xsd findings", council,
                    year);
        }
        String counts = "reported=" + report.personsReported() + " leftOut=" + report.personsLeftOut()
                + " requests=" + report.requests()
                + " activePlans=" + report.activePlans() + " schemaValid=" + report.schemaValid();
        audit.accepted(actor, "sen2.export", council + "/" + period.year(), counts);
        LOG.info("SEN2 {} return for council {} exported by {} in {} ms: {}", period.year(), council, actor,
                (System.nanoTime() - started) / 1_000_000, counts);
        return result;
    }

    /**
     * Checks each person, writes those that pass, then checks the file against the XSD. Pure apart from the bytes it
     * builds: the same persons and header always give the same file and report.
     */
    static Result write(String council, CollectionPeriod period, List<Sen2Person> persons, Sen2Header header) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(4096, persons.size() * 1200));
        List<Sen2Finding> findings = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        int leftOut = 0;
        int requests = 0;
        int active = 0;
        try (Sen2XmlWriter writer = new Sen2XmlWriter(out)) {
            writer.start(header);
            for (Sen2Person person : persons) {
                List<Sen2Finding> broken = Sen2Rules.check(person, council);
                if (!broken.isEmpty()) {
                    findings.addAll(broken);
                    leftOut++;
                    continue;
                }
                writer.person(person);
                rows.add(person.row());
                requests += person.requests().size();
                active += (int) person.requests().stream().map(Sen2Request::activePlan)
                        .filter(Objects::nonNull).count();
            }
            writer.finish();
        }
        byte[] xml = out.toByteArray();
        List<Sen2Finding> schema;
        try {
            schema = Sen2Schema.validate(new ByteArrayInputStream(xml), rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        findings.addAll(schema);
        return new Result(xml, new Sen2Report(council, period.year(), period.start(), period.referenceDate(),
                rows.size(), leftOut, requests, active, schema.isEmpty(), findings));
    }
}
