package uk.ehcexchange.model;

/**
 * A value of one of the DfE SEN2 return's code lists. The hub's JSON, XML and CSV carry the enum constant's name;
 * FHIR carries the SEN2 code itself, so an ICB or council reading a FHIR document can use the DfE's list unchanged.
 */
public interface Sen2Coded {

    /** The code exactly as the SEN2 return writes it, e.g. {@code 5} or {@code SPLD}. */
    String sen2Code();

    /** The meaning in the 2025/2026 SEN2 guide's wording. */
    String sen2Wording();
}
