package uk.ehcexchange.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser as far as HTTP goes: cookies kept, redirects followed one at a time (so a test sees each step of
 * the OpenID Connect dance), forms posted with the CSRF token the page carried. No JavaScript — the pages need none.
 */
final class PersonBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    /** Every path (with its query) the browser was sent to by the last {@link #open}, in order. */
    final List<String> visited = new ArrayList<>();

    PersonBrowser(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** GET without following redirects. */
    HttpResponse<String> get(String pathOrUrl, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathOrUrl)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.GET().build());
    }

    /** GET, then follow redirects as a browser would, recording each place it went. */
    HttpResponse<String> open(String path) {
        visited.clear();
        return follow(get(path));
    }

    HttpResponse<String> follow(HttpResponse<String> response) {
        visited.add(pathOf(response.uri()));
        for (int hops = 0; hops < 12 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            response = get(next.toString());
            visited.add(pathOf(next));
        }
        return response;
    }

    /** POST a form (application/x-www-form-urlencoded), without following the answer's redirect. */
    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Through the demo identity provider's login form to the page first asked for: the provider's form is reached
     * by redirects alone, and its CSRF token comes from the form itself.
     */
    HttpResponse<String> signIn(String page, String username, String password) {
        HttpResponse<String> form = open(page);
        if (!pathOf(form.uri()).startsWith("/demo-idp/login")) {
            throw new IllegalStateException("expected the login form, got " + form.uri() + " " + form.statusCode());
        }
        List<String> before = new ArrayList<>(visited);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("_csrf", csrfToken(form.body()));
        HttpResponse<String> answer = follow(post("/demo-idp/login", fields));
        before.addAll(visited);
        visited.clear();
        visited.addAll(before);
        return answer;
    }

    /** The CSRF token of the (first) form on a page. */
    static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("the page has no CSRF token: " + html);
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    /** The session cookie's value, to replay it where it must not work. */
    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("ehc-session"))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).findFirst().orElseThrow();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String pathOf(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
