package uk.ehcexchange.hub.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import uk.ehcexchange.model.CanonicalJson;

@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    /** The API reads requests exactly as the canonical model is read everywhere else: strictly. */
    @Bean
    @Primary
    ObjectMapper objectMapper() {
        return CanonicalJson.configure(JsonMapper.builder())
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                .build();
    }
}
