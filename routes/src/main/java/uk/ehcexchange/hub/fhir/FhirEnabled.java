package uk.ehcexchange.hub.fhir;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * On every bean of the FHIR front door (and the ICB plan sender, which needs its validator): {@code
 * ehc.fhir.enabled=false} leaves them all out. For a hub that serves no NHS body: the FHIR validator's definitions
 * take about a quarter of a GB of heap and seconds to load.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@ConditionalOnProperty(prefix = "ehc.fhir", name = "enabled", havingValue = "true", matchIfMissing = true)
public @interface FhirEnabled {
}
