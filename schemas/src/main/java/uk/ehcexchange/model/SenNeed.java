package uk.ehcexchange.model;

/**
 * One of the child's types of need, ranked as SEN2 (item 5.8) and the Common Transfer File rank them.
 *
 * @param rank 1 for the primary (or only) need, 2 for the secondary need
 */
public record SenNeed(SenType type, Integer rank) {

    public static final int PRIMARY = 1;
    public static final int SECONDARY = 2;
}
