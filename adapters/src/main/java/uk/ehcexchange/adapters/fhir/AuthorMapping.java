package uk.ehcexchange.adapters.fhir;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import uk.ehcexchange.model.Authorship;

/**
 * Who wrote something, as UK Core documents usually say it: a PractitionerRole (the role as text) pointing at the
 * Practitioner (the name, if the canonical author has one) and the Organization. The day it was written is not
 * part of the role; the caller puts it where it belongs (a section extension, {@code Composition.date}).
 */
final class AuthorMapping {

    private AuthorMapping() {
    }

    /** An author read back: the canonical fields and the Organization, whose identifiers callers may need. */
    record Author(String name, String role, Organization organization) {
        Authorship authorship(LocalDate writtenOn) {
            return new Authorship(name, role, organization == null ? null : organization.getName(), writtenOn);
        }
    }

    /**
     * @param organization the author's Organization if the caller has one (a trust with its ODS code), or null to
     *                     write one holding just the canonical organisation name
     */
    static Reference write(Authorship author, DocumentEntries entries, Reference organization) {
        Reference org = organization;
        if (org == null && author.organisation() != null) {
            org = entries.add("Organization/author/" + author.organisation(), () -> {
                Organization o = new Organization().setName(author.organisation());
                o.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "Organization");
                return o;
            });
        }
        Reference orgRef = org;
        Reference practitioner = author.name() == null ? null
                : entries.add("Practitioner/" + author.name() + "|" + author.organisation(), () -> {
                    Practitioner p = new Practitioner();
                    p.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "Practitioner");
                    p.addName().setText(author.name());
                    return p;
                });
        return entries.add("PractitionerRole/" + author.name() + "|" + author.role() + "|" + author.organisation(), () -> {
            PractitionerRole role = new PractitionerRole();
            role.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "PractitionerRole");
            role.setPractitioner(practitioner);
            role.setOrganization(orgRef == null ? null : orgRef.copy());
            if (author.role() != null) {
                role.addCode().setText(author.role());
            }
            return role;
        });
    }

    /**
     * Reads the author from a list of author references: a PractitionerRole if there is one, else a Practitioner
     * and an Organization referenced directly. Adds an issue when none of these is there.
     */
    static Author read(List<Reference> authors, BundleReader reader, String expression) {
        PractitionerRole role = null;
        Practitioner practitioner = null;
        Organization organization = null;
        for (int i = 0; i < authors.size(); i++) {
            Reference reference = authors.get(i);
            if (role == null && (role = reader.resolveIf(reference, PractitionerRole.class)) != null) {
                continue;
            }
            if (practitioner == null && (practitioner = reader.resolveIf(reference, Practitioner.class)) != null) {
                continue;
            }
            if (organization == null) {
                organization = reader.resolveIf(reference, Organization.class);
            }
        }
        if (role == null && practitioner == null && organization == null) {
            reader.error(org.hl7.fhir.r4.model.OperationOutcome.IssueType.REQUIRED, expression,
                    "an author (PractitionerRole, Practitioner or Organization in the Bundle) is required");
            return null;
        }
        if (role != null) {
            if (practitioner == null && role.hasPractitioner()) {
                practitioner = reader.resolve(role.getPractitioner(), Practitioner.class,
                        reader.path(role) + ".practitioner");
            }
            if (organization == null && role.hasOrganization()) {
                organization = reader.resolve(role.getOrganization(), Organization.class,
                        reader.path(role) + ".organization");
            }
        }
        return new Author(practitioner == null ? null : name(practitioner), role == null ? null : roleText(role),
                organization);
    }

    private static String name(Practitioner practitioner) {
        if (!practitioner.hasName()) {
            return null;
        }
        HumanName name = practitioner.getNameFirstRep();
        if (name.hasText()) {
            return name.getText();
        }
        String joined = (name.getPrefix().stream().map(StringType::getValue).collect(Collectors.joining(" "))
                + " " + name.getGiven().stream().map(StringType::getValue).collect(Collectors.joining(" "))
                + " " + (name.hasFamily() ? name.getFamily() : "")).trim().replaceAll(" +", " ");
        return joined.isEmpty() ? null : joined;
    }

    private static String roleText(PractitionerRole role) {
        for (CodeableConcept code : role.getCode()) {
            if (code.hasText()) {
                return code.getText();
            }
            if (code.hasCoding() && code.getCodingFirstRep().hasDisplay()) {
                return code.getCodingFirstRep().getDisplay();
            }
        }
        return null;
    }
}
