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
    private final Map<String, Authority> icbByCouncil = new LinkedHashMap<>();

    public AuthorityDirectory(HubProperties properties) {
        EnglishLocalAuthorities.all().forEach(council -> byCode.put(council.code(), council));
        for (HubProperties.ConfiguredAuthority configured : properties.authorities()) {
            Authority authority = new Authority(configured.kind(), configured.odsCode(), null, null,
                    configured.odsCode(), configured.name());
            byCode.put(checkedCode(configured), authority);
            mapArea(configured, authority);
        }
    }

    private void mapArea(HubProperties.ConfiguredAuthority configured, Authority icb) {
        if (!configured.councils().isEmpty() && configured.kind() != AuthorityKind.ICB) {
            throw new IllegalStateException("ehc.authorities: only an ICB has councils in its area ("
                    + configured.odsCode() + ")");
        }
        for (String council : configured.councils()) {
            if (!EnglishLocalAuthorities.isKnownLaCode(council)) {
                throw new IllegalStateException("ehc.authorities: " + configured.odsCode() + " lists '" + council
                        + "', which is not an English LA code");
            }
            Authority other = icbByCouncil.putIfAbsent(council, icb);
            if (other != null) {
                throw new IllegalStateException("ehc.authorities: council " + council + " is in the area of both "
                        + other.code() + " and " + icb.code());
            }
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

    /** The ICB whose area the council is in, when this deployment configures it. */
    public Optional<Authority> icbFor(String laCode) {
        return Optional.ofNullable(laCode).map(icbByCouncil::get);
    }

    public boolean isCouncil(String code) {
        return find(code).map(a -> a.kind() == AuthorityKind.COUNCIL).orElse(false);
    }

    public Collection<Authority> all() {
        return byCode.values();
    }
}
