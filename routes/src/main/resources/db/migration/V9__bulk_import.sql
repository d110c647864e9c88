-- Bulk imports of a council's caseload (ehc-hub import-caseload). A file is identified by its SHA-256: running the
-- same file again for the same council finds its run and continues after the last committed row.
CREATE TABLE bulk_import_run (
    run_id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    council             VARCHAR(3)               NOT NULL,
    format              VARCHAR(32)              NOT NULL,
    file_sha256         VARCHAR(64)              NOT NULL,
    file_name           VARCHAR(255)             NOT NULL,
    status              VARCHAR(16)              NOT NULL,
    last_committed_row  BIGINT                   NOT NULL,
    rows_imported       INTEGER                  NOT NULL,
    rows_present        INTEGER                  NOT NULL,
    rows_rejected       INTEGER                  NOT NULL,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_bulk_import_file UNIQUE (council, format, file_sha256)
);

-- The broken rules of the rows a run refused, committed with their batch so that the error report survives an
-- interruption. Field paths, rule ids and fixed messages only: never a value from the file.
CREATE TABLE bulk_import_error (
    run_id      VARCHAR(36)  NOT NULL REFERENCES bulk_import_run (run_id),
    row_no      BIGINT       NOT NULL,
    seq         INTEGER      NOT NULL,
    field_path  VARCHAR(300) NOT NULL,
    rule_id     VARCHAR(64)  NOT NULL,
    message     VARCHAR(500) NOT NULL,
    CONSTRAINT pk_bulk_import_error PRIMARY KEY (run_id, row_no, seq)
);
