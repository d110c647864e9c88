package uk.ehcexchange.model;

import java.util.Set;

/**
 * The SEN2 code lists for the person module (items 1.4, 1.5 and 1.7c) that a council supplies on {@link Child}: the
 * hub does not derive them, it carries them so each council can make its own return (and the council a plan moves to
 * can make its). Kept beside the published SEN2 XSD ({@code schemas/sen2/sen2-2027.xsd}), which lists the same codes
 * with their meanings; {@code Sen2PersonCodesTest} checks the two agree.
 */
public final class Sen2PersonCodes {

    /** Item 1.4 Sex: M or F (2025-26 community XSDs; U was allowed only in an older one). */
    public static final Set<String> SEX = Set.of("M", "F");

    /**
     * Item 1.5 Ethnicity: the CBDS codes, main and extended (an extended code is used instead of its main one), with
     * REFU (refused) and NOBT (not yet obtained). From the community re-creation of the 2026 XSD: unverified against
     * the DfE code set.
     */
    public static final Set<String> ETHNICITY = Set.of(
            "WBRI", "WCOR", "WENG", "WNIR", "WSCO", "WWEL", "WOWB", "WIRI", "WIRT", "WOTH", "WALB", "WBOS", "WCRO",
            "WGRE", "WGRK", "WGRC", "WITA", "WKOS", "WPOR", "WSER", "WTUR", "WTUK", "WTUC", "WEUR", "WEEU", "WWEU",
            "WOTW", "WROM", "WROG", "WROR", "WROO", "MWBC", "MWBA", "MWAS", "MWAP", "MWAI", "MWAO", "MOTH", "MAOE",
            "MABL", "MACH", "MBOE", "MBCH", "MCOE", "MWOE", "MWCH", "MOTM", "AIND", "APKN", "AMPK", "AKPA", "AOPK",
            "ABAN", "AOTH", "AAFR", "AKAO", "ANEP", "ASNL", "ASLT", "ASRO", "AOTA", "ABRI", "AWEL", "BCRB", "BAFR",
            "BANN", "BCON", "BGHA", "BNGN", "BSLN", "BSOM", "BSUD", "BAOF", "BOTH", "BEUR", "BNAM", "BOTB", "BBRI",
            "BWEL", "CHNE", "CHKC", "CMAL", "CSNG", "CTWN", "COCH", "OOTH", "OAFG", "ORAB", "OARA", "OEGY", "OFIL",
            "OIRN", "OIRQ", "OJPN", "OKOR", "OKRD", "OLAM", "OLEB", "OLIB", "OMAL", "OMRC", "OPOL", "OTHA", "OVIE",
            "OYEM", "OOEG", "REFU", "NOBT");

    /**
     * Item 1.7c UPNunknown: why the person has no UPN or ULN. UN4, UN6 and UN7 have no known meaning in SEN2 and are
     * not accepted.
     */
    public static final Set<String> UPN_UNKNOWN = Set.of("UN1", "UN2", "UN3", "UN5", "UN8", "UN9", "UN10");

    private Sen2PersonCodes() {
    }
}
