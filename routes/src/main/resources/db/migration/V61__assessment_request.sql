-- The request that opened an EHC needs assessment case (issue 14 item 1), as SEN2 module 2 reports it: when it was
-- received, who asked (item 2.2 RequestSource, 1-5) and, when the child moved before the assessment finished, the
-- council it went to (item 2.8 Exported).
CREATE TABLE assessment_request (
    case_id         VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES ehc_case (case_id),
    received_on     DATE        NOT NULL,
    request_source  SMALLINT    NOT NULL,
    exported_to     VARCHAR(3)
);
