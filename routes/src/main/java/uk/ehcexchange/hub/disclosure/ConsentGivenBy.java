package uk.ehcexchange.hub.disclosure;

/**
 * Who consented: reg 17 speaks of "the child's parent or the young person" (a young person, over compulsory school
 * age, decides for themself).
 */
public enum ConsentGivenBy {
    PARENT,
    YOUNG_PERSON
}
