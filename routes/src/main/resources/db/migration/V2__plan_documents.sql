-- Documents a plan refers to (section K advice and reports), held as files named by their SHA-256 under
-- <data-dir>/documents so that a 100 MB report is streamed, never loaded into memory or into the database.
CREATE TABLE plan_document (
    plan_id             VARCHAR(64)              NOT NULL REFERENCES ehc_plan (plan_id),
    document_reference  VARCHAR(300)             NOT NULL,
    media_type          VARCHAR(100)             NOT NULL,
    size_bytes          BIGINT                   NOT NULL,
    sha256              VARCHAR(64)              NOT NULL,
    uploaded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_plan_document PRIMARY KEY (plan_id, document_reference)
);
