package uk.ehcexchange.hub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The hub's shape, kept by the build: front doors ({@code uk.ehcexchange.hub.door..}) call the core; the core — the
 * services, their records and the refusal vocabulary — knows nothing of HTTP, servlets, SOAP, FHIR or any door, so
 * a rule is written once and every door applies it; and no package depends on itself through another.
 */
@AnalyzeClasses(packages = "uk.ehcexchange.hub", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The services and what they share. Not here: the doors, the Camel routes, the CLI, FHIR plumbing. */
    static final String[] CORE = {"uk.ehcexchange.hub.core..", "uk.ehcexchange.hub.advice..",
            "uk.ehcexchange.hub.audit..", "uk.ehcexchange.hub.bulk..", "uk.ehcexchange.hub.config..",
            "uk.ehcexchange.hub.delivery..", "uk.ehcexchange.hub.directory..", "uk.ehcexchange.hub.document..",
            "uk.ehcexchange.hub.formats..",
            "uk.ehcexchange.hub.idempotency..", "uk.ehcexchange.hub.inbox..", "uk.ehcexchange.hub.keys..",
            "uk.ehcexchange.hub.placement..", "uk.ehcexchange.hub.plan..", "uk.ehcexchange.hub.quota..",
            "uk.ehcexchange.hub.storage..", "uk.ehcexchange.hub.support..", "uk.ehcexchange.hub.transfer..",
            "uk.ehcexchange.hub.timeliness.."};

    @ArchTest
    static final ArchRule theCoreKnowsNoWebSoapOrFhirType = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                    "org.springframework.http..", "jakarta.servlet..", "org.springframework.security.web..",
                    "org.apache.cxf..", "jakarta.xml.ws..", "ca.uhn.fhir..", "org.hl7.fhir..")
            .because("services never import web, SOAP or FHIR types: each door maps the core's answers once");

    @ArchTest
    static final ArchRule theCoreCallsNoDoor = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("uk.ehcexchange.hub.door..")
            .because("front doors call services, never the other way round");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("uk.ehcexchange.hub.(**)")
            .should().beFreeOfCycles()
            // Code generated from the WSDL names the SOAP door's date adapter,
            // which the hub-service.xjb binding asks for.
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("uk.ehcexchange.hub.door.soap.generated.."),
                    DescribedPredicate.alwaysTrue());
}
