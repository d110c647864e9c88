package uk.ehcexchange.conformance;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A hub started as {@code ./run-hub} starts it (the demo profile: its own demonstration identity provider and
 * throwaway users) for tests of people's sign-in, and what those tests need of it: the users' passwords and the
 * councils' API keys, read from the files the hub wrote.
 */
final class DemoSignIn implements AutoCloseable {

    /** The demo identity provider's users, by the organisation each signs in for (DemoUsers in the hub). */
    static final String HERTS = "herts-send";
    static final String LUTON = "luton-send";
    static final String ICB = "herts-icb";
    static final String OPERATOR = "hub-operator";
    /** A health role for a trust the demo directory does not configure: refused. */
    static final String UNKNOWN_TRUST = "unknown-trust";

    final Path dataDir;
    final int port;
    private final HubProcess hub;

    DemoSignIn(Path dataDir, String... settings) throws IOException {
        this.dataDir = dataDir;
        this.port = HubProcess.freePort();
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=demo"));
        arguments.addAll(List.of(settings));
        this.hub = new HubProcess(dataDir, port, arguments).start();
    }

    String password(String user) {
        return property("demo-users.properties", user);
    }

    String apiKey(String council) {
        return property("demo-api-keys.properties", "council." + council);
    }

    /** A demo partner's API key by its entry in the key file, e.g. {@code health.RY4}. */
    String partnerKey(String entry) {
        return property("demo-api-keys.properties", entry);
    }

    PersonBrowser browser() {
        return new PersonBrowser(port);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    List<String> log() {
        try {
            return Files.readAllLines(hub.log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String property(String file, String name) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(dataDir.resolve(file))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not in " + file);
        }
        return value;
    }

    @Override
    public void close() throws InterruptedException {
        hub.close();
    }
}
