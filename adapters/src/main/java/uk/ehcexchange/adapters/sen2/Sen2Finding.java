package uk.ehcexchange.adapters.sen2;

/**
 * Why a child cannot be reported as the hub holds it.
 *
 * @param row     the council's own reference for the child ({@link Sen2Person#row()}); never a name
 * @param item    the SEN2 guide's item number, e.g. {@code 3.2}, or {@code header}
 * @param rule    a stable name for the rule broken, e.g. {@code outcome-date-required}
 * @param message what is wrong or missing, in words, naming elements and codes but never personal data
 */
public record Sen2Finding(String row, String item, String rule, String message) {
}
