package uk.ehcexchange.hub.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.config.HubProperties;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.AuthorityKind;
import uk.ehcexchange.model.reference.EnglishLocalAuthorities;

/** Every party the hub knows: the 153 English councils, plus the ICBs and NHS trusts this deployment configures. */
@Component
public class AuthorityDirectory {

    private static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");

    private final Map<String, Authority> byCode = new LinkedHashMap<>();

    public AuthorityDirectory(HubProperties properties) {
        EnglishLocalAuthorities.all().forEach(council -> byCode.put(council.code(), council));
        for (HubProperties.ConfiguredAuthority configured : properties.authorities()) {
            byCode.put(checkedCode(configured), new Authority(configured.kind(), configured.odsCode(), null, null,
                    configured.odsCode(), configured.name()));
        }
    }

    private String checkedCode(HubProperties.ConfiguredAuthority configured) {
        if (configured.kind() == null || configured.kind() == AuthorityKind.COUNCIL) {
            throw new IllegalStateException("ehc.authorities: kind must be ICB or NHS_TRUST (councils are built in)");
        }
        if (configured.odsCode() == null || !ODS_CODE.matcher(configured.odsCode()).matches()) {
            throw new IllegalStateException("ehc.authorities: '" + configured.odsCode() + "' is not an ODS code");
        }
        if (byCode.containsKey(configured.odsCode())) {
            throw new IllegalStateException("ehc.authorities: " + configured.odsCode() + " is listed twice");
        }
        return configured.odsCode();
    }

    public Optional<Authority> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean isCouncil(String code) {
        return find(code).map(a -> a.kind() == AuthorityKind.COUNCIL).orElse(false);
    }

    public Collection<Authority> all() {
        return byCode.values();
    }
}
