package uk.ehcexchange.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Why a plan ceased: exactly the SEN2 return's CeaseReason list (item 4.6, codes 1 to 9, 2025/2026 wording), one
 * constant per code, in code order.
 *
 * <p>Until this list replaced it, the hub had eight reasons of its own. Documents written then (stored plans are
 * converted by migration V70; signed transfer packages and outbox rows cannot be) are still read: see
 * {@link #LEGACY}.
 */
public enum CeasedReason implements Sen2Coded {
    REACHED_MAXIMUM_AGE("1", "Reached maximum age (end of the academic year in which the young person turned 25, "
            + "or turns 19 if the young person enters the adult estate)"),
    NEEDS_MET_WITHOUT_PLAN("2", "Ongoing educational or training needs being met without an EHC plan (only where "
            + "there is ongoing education or training)"),
    MOVED_ON_TO_HIGHER_EDUCATION("3", "Moved on to higher education"),
    MOVED_ON_TO_PAID_EMPLOYMENT("4", "Moved on to paid employment, excluding apprenticeships"),
    TRANSFERRED_TO_ANOTHER_LA("5", "Transferred to another local authority in England"),
    NO_LONGER_WISHES_TO_ENGAGE("6", "Young person no longer wishes to engage in education or training"),
    MOVED_OUTSIDE_ENGLAND("7", "Person has moved outside England"),
    DECEASED("8", "Person deceased"),
    OTHER("9", "Other");

    /**
     * The reasons the hub used before SEN2's list, and what each now reads as. Two had no SEN2 code of their own:
     * "outcomes achieved" can be code 2, 3, 4 or 6 and "moved into employment or higher education" code 3 or 4, so
     * both read as {@link #OTHER} rather than as a guess; migration V70 audits every plan it converts that way so
     * the council can record the exact reason.
     */
    public static final Map<String, CeasedReason> LEGACY = Map.of(
            "OUTCOMES_ACHIEVED", OTHER,
            "MOVED_INTO_EMPLOYMENT_OR_HIGHER_EDUCATION", OTHER,
            "REACHED_AGE_25", REACHED_MAXIMUM_AGE,
            "DIED", DECEASED);

    private final String sen2Code;
    private final String sen2Wording;

    CeasedReason(String sen2Code, String sen2Wording) {
        this.sen2Code = sen2Code;
        this.sen2Wording = sen2Wording;
    }

    @Override
    public String sen2Code() {
        return sen2Code;
    }

    @Override
    public String sen2Wording() {
        return sen2Wording;
    }

    public static Optional<CeasedReason> ofSen2Code(String code) {
        return Arrays.stream(values()).filter(reason -> reason.sen2Code.equals(code)).findFirst();
    }

    /** A current name, or a name of {@link #LEGACY}; anything else is an error naming the current names. */
    @JsonCreator
    public static CeasedReason fromName(String name) {
        for (CeasedReason reason : values()) {
            if (reason.name().equals(name)) {
                return reason;
            }
        }
        CeasedReason legacy = LEGACY.get(name);
        if (legacy == null) {
            throw new IllegalArgumentException("not a ceased reason; the SEN2 CeaseReason names are "
                    + Arrays.toString(values()));
        }
        return legacy;
    }
}
