package uk.ehcexchange.hub.door.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * GOV.UK Frontend's styles, fonts and images, served from its webjar under {@value #PATH}, for the dashboard and the
 * sign-in pages. Its compiled stylesheet names its fonts and images at {@code /assets/…}; the hub serves nothing
 * there, so the stylesheet is served with those addresses rewritten to {@value #PATH} (once, at start), followed by
 * the hub's own few rules ({@code hub.css}: the charts, and Arial instead of GDS Transport, whose licence covers
 * services on GOV.UK only — councils and NHS bodies run this hub elsewhere). No script is served: the pages need
 * none, and the sign-in door's Content-Security-Policy allows no inline style, hence a stylesheet.
 */
@RestController
@Configuration(proxyBeanMethods = false)
public class GovukAssets implements WebMvcConfigurer {

    public static final String PATH = "/dashboard/assets/";
    static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";
    private static final CacheControl ONE_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    private final String stylesheet = readStylesheet();

    @GetMapping(value = PATH + "govuk-frontend.min.css", produces = "text/css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok().cacheControl(ONE_DAY).contentType(new MediaType("text", "css",
                StandardCharsets.UTF_8)).body(stylesheet);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"fonts", "images"}) {
            registry.addResourceHandler(PATH + folder + "/**")
                    .addResourceLocations("classpath:/" + WEBJAR + "assets/" + folder + "/")
                    .setCacheControl(ONE_DAY);
        }
    }

    private static String readStylesheet() {
        try (InputStream in = new ClassPathResource(WEBJAR + "govuk-frontend.min.css").getInputStream()) {
            String govuk = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("url(/assets/", "url(" + PATH);
            try (InputStream hub = new ClassPathResource("hub.css", GovukAssets.class).getInputStream()) {
                return govuk + "\n" + new String(hub.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("GOV.UK Frontend's stylesheet is missing from the classpath", e);
        }
    }
}
