package uk.ehcexchange.hub.door.signin.demo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.ehcexchange.hub.auth.ApiKeys;
import uk.ehcexchange.hub.auth.DemoSecretFiles;

/**
 * The demonstration identity provider's people, one per kind of dashboard viewer, with passwords invented at every
 * start and written — like the demo API keys — to a file beside the embedded database, readable by the owner only,
 * never logged. The claims each person's ID token carries are the ones the default claim settings read.
 */
final class DemoUsers {

    /** One demo person: what their ID token says about them. */
    record DemoUser(String username, String name, String organisation, String role) {
    }

    static final String FILE = "demo-users.properties";

    /**
     * Hertfordshire's and Luton's SEND services, Hertfordshire's ICB (the demo directory's ICB for 919), the hub's
     * operator — and a trust the hub does not know, to show (and test) the refusal of an organisation not set up.
     */
    static final List<DemoUser> PEOPLE = List.of(
            new DemoUser("herts-send", "Sam Demo (Hertfordshire SEND)", "919", "EHC.Dashboard.Council"),
            new DemoUser("luton-send", "Alex Demo (Luton SEND)", "821", "EHC.Dashboard.Council"),
            new DemoUser("herts-icb", "Jo Demo (Hertfordshire and West Essex ICB)", "QM7", "EHC.Dashboard.Health"),
            new DemoUser("hub-operator", "Kim Demo (EHC Exchange operator)", null, "EHC.Dashboard.Operator"),
            new DemoUser("unknown-trust", "Pat Demo (a trust not set up)", "RXX99", "EHC.Dashboard.Health"));

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final Map<String, DemoUser> people = new LinkedHashMap<>();
    private final Map<String, String> hashedPasswords = new LinkedHashMap<>();
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    DemoUsers(Path dataDir) {
        StringBuilder file = new StringBuilder("# DEMONSTRATION ONLY: dashboard sign-in passwords of the demo identity "
                + "provider's users, replaced at every start.\n");
        for (DemoUser person : PEOPLE) {
            String password = ApiKeys.generate();
            people.put(person.username(), person);
            hashedPasswords.put(person.username(), encoder.encode(password));
            file.append(person.username()).append('=').append(password).append('\n');
        }
        Path passwords = dataDir.resolve(FILE).toAbsolutePath();
        DemoSecretFiles.write(passwords, file.toString(), "the demo users' passwords");
        log.warn("DEMO MODE: dashboard sign-in users {} of the demo identity provider, passwords written to {}. Not "
                + "for real data.", people.keySet(), passwords);
    }

    Optional<DemoUser> find(String username) {
        return Optional.ofNullable(people.get(username));
    }

    /** For the demo login form only: never a bean, so no other door could ever take a demo password. */
    UserDetailsService userDetails() {
        return username -> {
            String hash = hashedPasswords.get(username);
            if (hash == null) {
                throw new UsernameNotFoundException("no such demo user");
            }
            return User.withUsername(username).password(hash).roles("DEMO_PERSON").build();
        };
    }

    PasswordEncoder encoder() {
        return encoder;
    }
}
