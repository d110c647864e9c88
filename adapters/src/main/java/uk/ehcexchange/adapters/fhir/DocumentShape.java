package uk.ehcexchange.adapters.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

/** The checks every document we read starts with: a document Bundle whose first entry is our kind of Composition. */
final class DocumentShape {

    private DocumentShape() {
    }

    /** The document's Composition, or a {@link FhirMappingException} if the Bundle is not that kind of document. */
    static Composition composition(BundleReader reader, String documentType) {
        Bundle bundle = reader.bundle();
        if (bundle.getType() != Bundle.BundleType.DOCUMENT) {
            reader.error(IssueType.INVALID, "Bundle.type", "the Bundle must be of type document");
            reader.throwIfIssues();
        }
        return composition(reader, 0, documentType);
    }

    /** The Composition at entry {@code index}, checked to be of {@code documentType}. */
    static Composition composition(BundleReader reader, int index, String documentType) {
        Bundle bundle = reader.bundle();
        Resource first = bundle.getEntry().size() > index ? bundle.getEntry().get(index).getResource() : null;
        if (!(first instanceof Composition composition)) {
            reader.error(IssueType.STRUCTURE, "Bundle.entry[" + index + "].resource",
                    "a Composition is required here");
            reader.throwIfIssues();
            throw new AssertionError("unreachable");
        }
        String type = Codes.codeIn(composition.getType(), EhcFhir.CS_DOCUMENT_TYPE);
        if (!documentType.equals(type)) {
            reader.error(IssueType.CODEINVALID, "Bundle.entry[" + index + "].resource.type",
                    "the Composition's type must be " + documentType + " of " + EhcFhir.CS_DOCUMENT_TYPE);
            reader.throwIfIssues();
        }
        return composition;
    }
}
