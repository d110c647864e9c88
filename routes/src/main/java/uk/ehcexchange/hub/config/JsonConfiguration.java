package uk.ehcexchange.hub.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import uk.ehcexchange.model.CanonicalJson;

@Configuration(proxyBeanMethods = false)
public class JsonConfiguration {

    /** What a front door adds to the hub's one ObjectMapper for its own types (the REST door: problem documents). */
    public interface JsonCustomization extends Consumer<JsonMapper.Builder> {
    }

    /** The API reads requests exactly as the canonical model is read everywhere else: strictly. */
    @Bean
    @Primary
    ObjectMapper objectMapper(List<JsonCustomization> customizations) {
        JsonMapper.Builder builder = CanonicalJson.configure(JsonMapper.builder());
        customizations.forEach(customization -> customization.accept(builder));
        return builder.build();
    }
}
