package uk.ehcexchange.model;

import java.util.List;

/** A section listing provision: F (education), G (health), H1 and H2 (social care). */
public record ProvisionSection(Authorship author, List<ProvisionItem> items) {
    public ProvisionSection {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
