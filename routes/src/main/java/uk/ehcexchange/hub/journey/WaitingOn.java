package uk.ehcexchange.hub.journey;

/** STUB for helper review until helper assess's journey framework lands. */
public record WaitingOn(String role, String code) {
}
