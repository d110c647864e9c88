package uk.ehcexchange.hub.door.rest;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.ehcexchange.hub.directory.AuthorityDirectory;
import uk.ehcexchange.hub.formats.CouncilFormatProperties.Preference;
import uk.ehcexchange.hub.formats.CouncilFormats;
import uk.ehcexchange.hub.support.SettingValues;
import uk.ehcexchange.model.Authority;
import uk.ehcexchange.model.AuthorityKind;
import uk.ehcexchange.model.InboundPreference;

/**
 * Lets a council system look up the codes of the parties it can exchange with, and for each council the format and
 * front door its system takes deliveries in ({@code ehc.councils.<la>.*}), so a sender knows what the receiver gets.
 */
@RestController
class DirectoryController {

    private final AuthorityDirectory directory;
    private final CouncilFormats formats;

    DirectoryController(AuthorityDirectory directory, CouncilFormats formats) {
        this.directory = directory;
        this.formats = formats;
    }

    @GetMapping(path = "/api/v1/authorities", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Authority> all() {
        return directory.all().stream()
                .map(a -> a.kind() == AuthorityKind.COUNCIL ? a.withInbound(inbound(formats.of(a.code()))) : a)
                .toList();
    }

    private static InboundPreference inbound(Preference preference) {
        return new InboundPreference(SettingValues.name(preference.format()),
                SettingValues.name(preference.transport()));
    }
}
