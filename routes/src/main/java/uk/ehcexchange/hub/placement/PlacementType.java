package uk.ehcexchange.hub.placement;

/** Where a looked-after child is placed (Children Act 1989 s22C), as the host council needs to know it. */
public enum PlacementType {
    FOSTER_CARE,
    CHILDRENS_HOME,
    RESIDENTIAL_SCHOOL,
    KINSHIP_CARE,
    SUPPORTED_ACCOMMODATION,
    OTHER
}
