package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.ehcexchange.conformance.RunningHub.TRUST;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A refusal is the caller's fault, not the hub's: it is logged at INFO with its reason code (and audited), never at
 * ERROR, which operators keep for the hub's own faults — HAPI's interceptor service included.
 */
class RefusalLoggingTest {

    private final RunningHub hub = RunningHub.get();
    private final TrustSystem trust = new TrustSystem(hub, TRUST);
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void listen() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(log);
    }

    @Test
    void fhirRefusalsInFrontOfTheProvidersAreInfoNotError() {
        byte[] tooBig = new byte[11 * 1024 * 1024];
        Arrays.fill(tooBig, (byte) ' ');
        byte[] dtd = ("<?xml version=\"1.0\"?><!DOCTYPE Bundle [ <!ENTITY x \"y\"> ]><Bundle "
                + "xmlns=\"http://hl7.org/fhir\"/>").getBytes(StandardCharsets.UTF_8);

        assertThat(trust.send("GET", "/Task", null, null, "X-Correlation-Id", "<script>").statusCode()).isEqualTo(400);
        assertThat(trust.send("POST", "/Bundle", "application/fhir+xml", dtd).statusCode()).isEqualTo(400);
        assertThat(trust.send("POST", "/Bundle", "application/fhir+json", tooBig).statusCode()).isEqualTo(413);
        assertThat(hub.anonymous().get("/fhir/Task/whatever").statusCode()).isEqualTo(401);

        assertThat(log.list).filteredOn(event -> event.getLevel() == Level.ERROR).isEmpty();
        assertThat(log.list).filteredOn(event -> event.getLevel() == Level.INFO)
                .extracting(ILoggingEvent::getFormattedMessage)
                .anySatisfy(line -> assertThat(line).contains("correlation-id-format"))
                .anySatisfy(line -> assertThat(line).contains("xml-dtd-forbidden"))
                .anySatisfy(line -> assertThat(line).contains("payload-too-large"))
                .anySatisfy(line -> assertThat(line).contains("unauthenticated"));
    }
}
