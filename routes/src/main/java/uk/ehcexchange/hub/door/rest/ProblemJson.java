package uk.ehcexchange.hub.door.rest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import uk.ehcexchange.hub.config.JsonConfiguration.JsonCustomization;

/** Problem documents written flat, as RFC 9457 has them ({@code errors} beside {@code type}, not nested). */
@Configuration(proxyBeanMethods = false)
class ProblemJson {

    @Bean
    JsonCustomization problemDetails() {
        return builder -> builder.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
    }
}
