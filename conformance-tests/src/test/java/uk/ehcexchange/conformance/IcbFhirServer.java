package uk.ehcexchange.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.IdType;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/**
 * The ICB's FHIR server, which cannot run here: a real HAPI plain server on a random port, as small as a partner's
 * test endpoint, that accepts {@code POST [base]/Bundle} and records what it received: the request as it came
 * (Content-Type and body) and the Bundle HAPI parsed from it.
 * It can be told to fail the next few deliveries of a plan with a 503, as a server being restarted would, or to
 * fail every delivery with a 500 or hang on every one (an outage of the whole server) until it is told to recover.
 */
final class IcbFhirServer implements AutoCloseable {

    private final FhirContext fhir = FhirContext.forR4();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresToCome = new ConcurrentHashMap<>();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final WebServer server;
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private volatile Outage outage = Outage.NONE;
    private volatile java.util.concurrent.CountDownLatch recovered = new java.util.concurrent.CountDownLatch(0);
    final URI base;

    /** How the whole server fails: not at all, every POST answered 500, or every POST held without an answer. */
    enum Outage { NONE, FAILING, HANGING }

    /** A POST that reached the server, whatever became of it: when, for which plan, as which Bundle. */
    record Arrival(java.time.Instant at, String planId, String bundleId, Outage outage) {
    }

    IcbFhirServer() {
        RestfulServer restful = new RestfulServer(fhir);
        restful.setResourceProviders(List.of(new BundleProvider()));
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        server = factory.getWebServer(context -> context.addServlet("icb-fhir", restful).addMapping("/fhir/*"));
        server.start();
        base = URI.create("http://localhost:" + server.getPort() + "/fhir");
    }

    /** The Bundles received so far, parsed fresh from the JSON the hub sent. */
    List<Bundle> received() {
        return received.stream().map(json -> fhir.newJsonParser().parseResource(Bundle.class, json)).toList();
    }

    /** A request the server accepted, as it arrived. */
    record Request(String contentType, String body) {
    }

    /** The requests accepted so far, in the order they came. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Every POST of the plan {@code planId} is refused with 422, as a server that does not accept it would. */
    void refuse(String planId) {
        refused.add(planId);
    }

    /** The next {@code requests} POSTs of the plan {@code planId} fail with 503. */
    /** The plan is accepted again from now on: the cause of its refusal was mended. */
    void accept(String planId) {
        refused.remove(planId);
    }

    void failNext(String planId, int requests) {
        failuresToCome.put(planId, new AtomicInteger(requests));
    }

    /**
     * From now on every POST fails as {@code outage} says until {@link #recover()}; a held request is answered 503
     * only when the server recovers (the hub will have given up on it by then).
     */
    void outage(Outage outage) {
        if (outage == Outage.NONE) {
            recover();
            return;
        }
        recovered = new java.util.concurrent.CountDownLatch(1);
        this.outage = outage;
    }

    void recover() {
        outage = Outage.NONE;
        recovered.countDown();
    }

    /** Every POST that reached the server, in the order they came, answered or not. */
    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    FhirContext fhir() {
        return fhir;
    }

    @Override
    public void close() {
        server.stop();
    }

    public final class BundleProvider implements IResourceProvider {
        @Override
        public Class<Bundle> getResourceType() {
            return Bundle.class;
        }

        @Create
        public MethodOutcome create(@ResourceParam Bundle bundle, RequestDetails request) {
            String planId = bundle.getEntryFirstRep().getResource() instanceof Composition composition
                    ? composition.getIdentifier().getValue() : null;
            Outage now = outage;
            arrivals.add(new Arrival(java.time.Instant.now(), planId, bundle.getIdentifier().getValue(), now));
            if (now == Outage.FAILING) {
                throw new ca.uhn.fhir.rest.server.exceptions.InternalErrorException("the ICB's server is failing");
            }
            if (now == Outage.HANGING) {
                try {
                    recovered.await(2, java.util.concurrent.TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new UnclassifiedServerFailureException(503, "held until the hub gave up");
            }
            if (refused.contains(planId)) {
                throw new UnprocessableEntityException("not a plan this ICB accepts");
            }
            AtomicInteger failures = planId == null ? null : failuresToCome.get(planId);
            if (failures != null && failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new UnclassifiedServerFailureException(503, "restarting");
            }
            received.add(fhir.newJsonParser().encodeResourceToString(bundle));
            requests.add(new Request(request.getHeader("Content-Type"),
                    new String(request.loadRequestContents(), StandardCharsets.UTF_8)));
            return new MethodOutcome(new IdType("Bundle", bundle.getIdentifier().getValue()), true);
        }
    }
}
