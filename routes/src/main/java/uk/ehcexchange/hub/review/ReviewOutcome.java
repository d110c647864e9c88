package uk.ehcexchange.hub.review;

/** The council's decision after a review meeting, with its SEN2 ReviewOutcome code (item 5.4c). */
public enum ReviewOutcome {
    MAINTAIN("M"),
    AMEND("A"),
    CEASE("C");

    private final String sen2;

    ReviewOutcome(String sen2) {
        this.sen2 = sen2;
    }

    public String sen2() {
        return sen2;
    }
}
