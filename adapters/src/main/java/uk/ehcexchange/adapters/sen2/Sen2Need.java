package uk.ehcexchange.adapters.sen2;

/** Item 5.8: a type of need (SENtype code) and its rank, 1 primary or 2 secondary. */
public record Sen2Need(String senType, Integer rank) {
}
