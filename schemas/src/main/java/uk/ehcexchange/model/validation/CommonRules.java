package uk.ehcexchange.model.validation;

import static uk.ehcexchange.model.validation.Checks.at;
import static uk.ehcexchange.model.validation.Checks.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.ehcexchange.model.Attachment;
import uk.ehcexchange.model.Authorship;
import uk.ehcexchange.model.Child;
import uk.ehcexchange.model.Establishment;
import uk.ehcexchange.model.Outcome;
import uk.ehcexchange.model.ProvisionItem;
import uk.ehcexchange.model.Sen2PersonCodes;

/** Rules for the building blocks shared by plans, health advice and social care assessments. */
final class CommonRules {

    /** EHC plans and the advice for them cover ages 0 to 25 (Children and Families Act 2014 s83, Code of Practice 1.3). */
    static final int MAX_AGE_YEARS = 25;

    private static final Pattern URN = Pattern.compile("[0-9]{6}");
    private static final Pattern UKPRN = Pattern.compile("1[0-9]{7}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** An ODS organisation code, as the directory holds ICBs and NHS trusts. */
    static final Pattern ODS_CODE = Pattern.compile("[A-Z0-9]{3,10}");
    /** type/subtype with the RFC 6838 restricted-name characters; parameters are not allowed. */
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");

    private CommonRules() {
    }

    static void child(Checks checks, String path, Child child) {
        if (!checks.required(path, child)) {
            return;
        }
        identifiers(checks, path, child);
        checks.requiredText(at(path, "givenName"), child.givenName(), Checks.SHORT_TEXT);
        checks.requiredText(at(path, "familyName"), child.familyName(), Checks.SHORT_TEXT);
        dateOfBirth(checks, at(path, "dateOfBirth"), child.dateOfBirth());
        if (child.postcode() != null && !UkPostcode.isValid(child.postcode())) {
            checks.add(at(path, "postcode"), "postcode-format", "must be a UK postcode");
        }
        String body = child.responsibleCommissioningBody();
        if (body != null && !ODS_CODE.matcher(body).matches()) {
            checks.add(at(path, "responsibleCommissioningBody"), "ods-code-format",
                    "must be the ODS code of the ICB (or other body) commissioning the child's health provision: "
                            + "3 to 10 upper-case letters and digits");
        }
        sen2PersonItems(checks, path, child);
    }

    /** SEN2 items 1.4, 1.5 and 1.7c: optional, but when given, a code of the SEN2 list. */
    private static void sen2PersonItems(Checks checks, String path, Child child) {
        if (child.sex() != null && !Sen2PersonCodes.SEX.contains(child.sex())) {
            checks.add(at(path, "sex"), "sen2-sex", "must be M or F (SEN2 item 1.4)");
        }
        if (child.ethnicity() != null && !Sen2PersonCodes.ETHNICITY.contains(child.ethnicity())) {
            checks.add(at(path, "ethnicity"), "sen2-ethnicity",
                    "must be a CBDS ethnicity code such as WBRI, MWBC, AIND, REFU or NOBT (SEN2 item 1.5)");
        }
        if (child.upnUnknown() != null && !Sen2PersonCodes.UPN_UNKNOWN.contains(child.upnUnknown())) {
            checks.add(at(path, "upnUnknown"), "sen2-upn-unknown",
                    "must be one of " + new TreeSet<>(Sen2PersonCodes.UPN_UNKNOWN) + " (SEN2 item 1.7c)");
        }
    }

    private static void identifiers(Checks checks, String path, Child child) {
        boolean any = false;
        if (child.nhsNumber() != null) {
            any = true;
            String field = at(path, "nhsNumber");
            if (!NhsNumber.isWellFormed(child.nhsNumber())) {
                checks.add(field, "nhs-number-format", "must be 10 digits without spaces");
            } else if (!NhsNumber.isValid(child.nhsNumber())) {
                checks.add(field, "nhs-number-modulus-11", "fails the NHS number Modulus 11 check");
            }
        }
        if (child.upn() != null) {
            any = true;
            String field = at(path, "upn");
            if (!UniquePupilNumber.isWellFormed(child.upn())) {
                checks.add(field, "upn-format", "must be a check letter followed by 12 digits, or 11 digits and a letter");
            } else if (!UniquePupilNumber.isValid(child.upn())) {
                checks.add(field, "upn-check-letter", "has the wrong check letter");
            }
        }
        if (child.uln() != null) {
            any = true;
            if (!UniqueLearnerNumber.isValid(child.uln())) {
                checks.add(at(path, "uln"), "uln-format", "must be 10 digits");
            }
        }
        if (child.localCaseReference() != null) {
            any = true;
            checks.optionalText(at(path, "localCaseReference"), child.localCaseReference(), 100);
        }
        if (!any) {
            checks.add(path, "at-least-one-identifier",
                    "needs at least one of nhsNumber, upn, uln or localCaseReference so the receiver can match the child");
        }
    }

    private static void dateOfBirth(Checks checks, String field, LocalDate dateOfBirth) {
        if (!checks.requiredDate(field, dateOfBirth)) {
            return;
        }
        // Age 25 lasts until the day before the 26th birthday.
        if (!dateOfBirth.plusYears(MAX_AGE_YEARS + 1L).isAfter(checks.today())) {
            checks.add(field, "age-range", "the child or young person must be aged 0 to 25");
        }
    }

    static void authorship(Checks checks, String path, Authorship author) {
        if (!checks.required(path, author)) {
            return;
        }
        checks.optionalText(at(path, "name"), author.name(), Checks.SHORT_TEXT);
        checks.requiredText(at(path, "role"), author.role(), Checks.SHORT_TEXT);
        checks.requiredText(at(path, "organisation"), author.organisation(), Checks.SHORT_TEXT);
        checks.requiredDate(at(path, "writtenOn"), author.writtenOn());
    }

    /** Walks a list of outcomes, recording each valid id in {@code ids} and reporting ids already there. */
    static void outcomes(Checks checks, String path, List<Outcome> outcomes, Map<String, String> ids) {
        if (!checks.maxItems(path, outcomes)) {
            return;
        }
        for (int i = 0; i < outcomes.size(); i++) {
            String itemPath = index(path, i);
            Outcome outcome = outcomes.get(i);
            if (!checks.required(itemPath, outcome)) {
                continue;
            }
            uniqueId(checks, at(itemPath, "id"), outcome.id(), ids);
            checks.requiredText(at(itemPath, "description"), outcome.description(), Checks.MEDIUM_TEXT);
            checks.required(at(itemPath, "term"), outcome.term());
        }
    }

    /**
     * Walks a list of provision items; ids go into {@code ids} and must be unique there, and every outcome id an
     * item names must be one of {@code knownOutcomeIds} (not checked when that is null: the outcomes are missing).
     */
    static void provisionItems(Checks checks, String path, List<ProvisionItem> items, Map<String, String> ids,
                               Set<String> knownOutcomeIds) {
        if (!checks.maxItems(path, items)) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            String itemPath = index(path, i);
            ProvisionItem item = items.get(i);
            if (!checks.required(itemPath, item)) {
                continue;
            }
            uniqueId(checks, at(itemPath, "id"), item.id(), ids);
            checks.requiredText(at(itemPath, "description"), item.description(), Checks.MEDIUM_TEXT);
            checks.requiredText(at(itemPath, "deliveredBy"), item.deliveredBy(), Checks.SHORT_TEXT);
            checks.requiredText(at(itemPath, "quantity"), item.quantity(), Checks.SHORT_TEXT);
            outcomeReferences(checks, at(itemPath, "outcomeIds"), item.outcomeIds(), knownOutcomeIds);
        }
    }

    /** Each id must name one of {@code knownOutcomeIds} (not checked when that is null: the outcomes are missing). */
    static void outcomeReferences(Checks checks, String refsPath, List<String> refs, Set<String> knownOutcomeIds) {
        if (!checks.maxItems(refsPath, refs) || knownOutcomeIds == null) {
            return;
        }
        for (int r = 0; r < refs.size(); r++) {
            String refPath = index(refsPath, r);
            String ref = refs.get(r);
            if (checks.required(refPath, ref) && !knownOutcomeIds.contains(ref)) {
                checks.add(refPath, "known-outcome", "must be the id of an outcome in this document");
            }
        }
    }

    /** {@code seen} maps each id to the path where it first appeared. */
    private static void uniqueId(Checks checks, String field, String id, Map<String, String> seen) {
        if (!checks.requiredId(field, id)) {
            return;
        }
        String first = seen.putIfAbsent(id, field);
        if (first != null) {
            checks.add(field, "unique-id", "repeats the id already used at " + first);
        }
    }

    static void attachments(Checks checks, String path, List<Attachment> attachments) {
        if (!checks.maxItems(path, attachments)) {
            return;
        }
        for (int i = 0; i < attachments.size(); i++) {
            String itemPath = index(path, i);
            Attachment attachment = attachments.get(i);
            if (!checks.required(itemPath, attachment)) {
                continue;
            }
            checks.requiredText(at(itemPath, "documentReference"), attachment.documentReference(), Checks.SHORT_TEXT);
            checks.requiredText(at(itemPath, "title"), attachment.title(), Checks.SHORT_TEXT);
            if (checks.required(at(itemPath, "mediaType"), attachment.mediaType())
                    && !MEDIA_TYPE.matcher(attachment.mediaType()).matches()) {
                checks.add(at(itemPath, "mediaType"), "media-type-format", "must be a media type such as application/pdf");
            }
            if (attachment.sizeBytes() <= 0) {
                checks.add(at(itemPath, "sizeBytes"), "positive-size", "must be greater than zero");
            }
            if (checks.required(at(itemPath, "sha256"), attachment.sha256())
                    && !SHA256.matcher(attachment.sha256()).matches()) {
                checks.add(at(itemPath, "sha256"), "sha256-format", "must be 64 lower-case hexadecimal characters");
            }
        }
    }

    static void establishment(Checks checks, String path, Establishment establishment) {
        checks.requiredText(at(path, "name"), establishment.name(), Checks.SHORT_TEXT);
        checks.required(at(path, "type"), establishment.type());
        if (establishment.urn() == null && establishment.ukprn() == null) {
            checks.add(path, "urn-or-ukprn", "needs a URN (schools) or a UKPRN (colleges and other providers)");
        }
        if (establishment.urn() != null && !URN.matcher(establishment.urn()).matches()) {
            checks.add(at(path, "urn"), "urn-format", "must be 6 digits");
        }
        if (establishment.ukprn() != null && !UKPRN.matcher(establishment.ukprn()).matches()) {
            checks.add(at(path, "ukprn"), "ukprn-format", "must be 8 digits starting with 1");
        }
    }

    static void needs(Checks checks, String path, List<String> needs) {
        if (!checks.maxItems(path, needs)) {
            return;
        }
        for (int i = 0; i < needs.size(); i++) {
            checks.requiredText(index(path, i), needs.get(i), Checks.MEDIUM_TEXT);
        }
    }
}
