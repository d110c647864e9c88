package uk.ehcexchange.hub.review;

/** @param advice the party's advice for the review, as text */
public record ReviewAdviceAnswer(String advice) {
}
