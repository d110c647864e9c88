package uk.ehcexchange.adapters.csv;

import java.util.List;
import uk.ehcexchange.adapters.csv.FlatShape.Group;
import uk.ehcexchange.model.EhcPlan;

/** Facts about the caseload CSV format (schemas/caseload-csv-v1.md) shared by its reader and writer. */
public final class CaseloadCsv {

    /** The format's name and version, as operators and the import ledger name it. */
    public static final String FORMAT = "caseload-csv-v1";

    /** Columns every file must have: without them no row can be matched to a plan and its council. */
    public static final List<String> REQUIRED_COLUMNS = List.of("planId", "owningCouncil", "status");

    static final Group SHAPE = FlatShape.of(EhcPlan.class);

    private CaseloadCsv() {
    }

    /** The columns a writer produces for this layout, in order. */
    public static List<String> columns(CaseloadLayout layout) {
        return FlatColumns.forLayout(SHAPE, layout).names();
    }
}
