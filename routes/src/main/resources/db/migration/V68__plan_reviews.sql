-- Annual reviews of EHC plans carried through the hub (Children and Families Act 2014 s44; SEND Regulations 2014
-- regs 18-22). One row per review of one plan at one council: cycle 1 is the first review held there. The dates are
-- the council's acts as it records them; whether each met its deadline is on the case's statutory_clock rows,
-- computed by the hub from these events. Portable SQL (H2 and PostgreSQL).
CREATE TABLE plan_review (
    review_id                   VARCHAR(36)              NOT NULL PRIMARY KEY,
    council                     VARCHAR(3)               NOT NULL,
    plan_id                     VARCHAR(64)              NOT NULL,
    case_id                     VARCHAR(36)              NOT NULL,
    cycle                       INTEGER                  NOT NULL,
    kind                        VARCHAR(16)              NOT NULL,
    phase_transfer              VARCHAR(32),
    transfer_year               INTEGER,
    proposed_transfer_on        DATE,
    due_on                      DATE                     NOT NULL,
    due_rule                    VARCHAR(2000)            NOT NULL,
    due_source                  VARCHAR(200)             NOT NULL,
    phase_transfer_due_on       DATE,
    phase_transfer_rule         VARCHAR(2000),
    phase_transfer_source       VARCHAR(200),
    invited_on                  DATE                     NOT NULL,
    meeting_on                  DATE                     NOT NULL,
    held_on                     DATE,
    report_sent_on              DATE,
    outcome                     VARCHAR(8),
    decided_on                  DATE,
    cease_reason                INTEGER,
    plan_version_at_decision    INTEGER,
    amendments_served_on        DATE,
    representations_received_on DATE,
    amended_plan_version        INTEGER,
    amended_plan_issued_on      DATE,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_plan_review_cycle UNIQUE (council, plan_id, cycle)
);

-- Review advice (reg 20(2)-(4) / 21(2)-(4)): asked of the school or college, health or social care; answered by
-- the party over the API. The answer is the adviser's text: personal data, stored here and never logged.
CREATE TABLE review_advice_request (
    request_id    VARCHAR(36)              NOT NULL PRIMARY KEY,
    review_id     VARCHAR(36)              NOT NULL REFERENCES plan_review (review_id),
    council       VARCHAR(3)               NOT NULL,
    party         VARCHAR(16)              NOT NULL,
    party_role    VARCHAR(32)              NOT NULL,
    requested_on  DATE                     NOT NULL,
    due_on        DATE                     NOT NULL,
    answered_on   DATE,
    answer        TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_review_advice_review ON review_advice_request (review_id);
CREATE INDEX ix_review_advice_party ON review_advice_request (party, answered_on);
