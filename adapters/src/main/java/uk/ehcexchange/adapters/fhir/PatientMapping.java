package uk.ehcexchange.adapters.fhir;

import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import uk.ehcexchange.model.Child;

/**
 * The child as a UK Core Patient. The NHS number carries UK Core's verification status "02 Number present but not
 * traced": the hub passes on the number a council or trust gave it and has not traced it on PDS itself, so it
 * must not claim "01 verified".
 */
final class PatientMapping {

    private PatientMapping() {
    }

    static Patient toPatient(Child child) {
        Patient patient = new Patient();
        patient.getMeta().addProfile(EhcFhir.UK_CORE_PROFILE_BASE + "Patient");
        if (child.nhsNumber() != null) {
            Identifier nhs = patient.addIdentifier().setSystem(EhcFhir.NHS_NUMBER_SYSTEM).setValue(child.nhsNumber());
            nhs.addExtension(EhcFhir.EXT_NHS_NUMBER_VERIFICATION, Codes.concept(
                    EhcFhir.CS_NHS_NUMBER_VERIFICATION_ENGLAND, "02", "Number present but not traced"));
        }
        addIdentifier(patient, EhcFhir.ID_UPN, child.upn());
        addIdentifier(patient, EhcFhir.ID_ULN, child.uln());
        addIdentifier(patient, EhcFhir.ID_LOCAL_CASE_REFERENCE, child.localCaseReference());
        if (child.givenName() != null || child.familyName() != null) {
            HumanName name = patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(child.familyName());
            if (child.givenName() != null) {
                name.addGiven(child.givenName());
            }
        }
        patient.setBirthDateElement(FhirDates.date(child.dateOfBirth()));
        if (child.postcode() != null) {
            patient.addAddress().setPostalCode(child.postcode());
        }
        if (child.responsibleCommissioningBody() != null) {
            patient.addExtension(EhcFhir.EXT_RESPONSIBLE_COMMISSIONING_BODY, new Identifier()
                    .setSystem(EhcFhir.ODS_ORGANISATION_SYSTEM).setValue(child.responsibleCommissioningBody()));
        }
        return patient;
    }

    private static void addIdentifier(Patient patient, String system, String value) {
        if (value != null) {
            patient.addIdentifier().setSystem(system).setValue(value);
        }
    }

    static Child fromPatient(Patient patient, BundleReader reader) {
        String path = reader.path(patient);
        HumanName name = officialOrFirstName(patient.getName());
        String given = null;
        String family = null;
        if (name != null) {
            given = name.hasGiven()
                    ? name.getGiven().stream().map(StringType::getValue).collect(Collectors.joining(" "))
                    : null;
            family = name.getFamily();
        }
        String postcode = patient.getAddress().stream()
                .filter(Address::hasPostalCode).map(Address::getPostalCode).findFirst().orElse(null);
        return new Child(
                identifier(patient, EhcFhir.NHS_NUMBER_SYSTEM),
                identifier(patient, EhcFhir.ID_UPN),
                identifier(patient, EhcFhir.ID_ULN),
                identifier(patient, EhcFhir.ID_LOCAL_CASE_REFERENCE),
                given,
                family,
                patient.hasBirthDateElement()
                        ? FhirDates.day(patient.getBirthDateElement(), reader, path + ".birthDate")
                        : null,
                postcode,
                responsibleCommissioningBody(patient));
    }

    private static String responsibleCommissioningBody(Patient patient) {
        Extension extension = patient.getExtensionByUrl(EhcFhir.EXT_RESPONSIBLE_COMMISSIONING_BODY);
        return extension != null && extension.getValue() instanceof Identifier ods
                && EhcFhir.ODS_ORGANISATION_SYSTEM.equals(ods.getSystem()) ? ods.getValue() : null;
    }

    private static HumanName officialOrFirstName(List<HumanName> names) {
        return names.stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
                .orElse(names.isEmpty() ? null : names.get(0));
    }

    static String identifier(Patient patient, String system) {
        return patient.getIdentifier().stream()
                .filter(i -> system.equals(i.getSystem()) && i.hasValue())
                .map(Identifier::getValue).findFirst().orElse(null);
    }
}
