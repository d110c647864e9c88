-- The statutory journey around a plan (issue 14): each child's case at one council, what happened in it and the
-- clocks the regulations start. Written for H2 and PostgreSQL alike.

-- One row per child's statutory journey at one council. Opened by an assessment request, or for a plan the hub
-- already holds by the first call about it (e.g. an annual review). The child is canonical JSON, as advice keeps it.
CREATE TABLE ehc_case (
    case_id     VARCHAR(36)              NOT NULL PRIMARY KEY,
    council     VARCHAR(3)               NOT NULL,
    child       TEXT                     NOT NULL,
    plan_id     VARCHAR(64),
    opened_on   DATE                     NOT NULL,
    status      VARCHAR(24)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- One case per council and plan; NULL plan ids (no plan yet) are distinct on both databases.
CREATE UNIQUE INDEX uq_ehc_case_plan ON ehc_case (council, plan_id);
CREATE INDEX ix_ehc_case_council ON ehc_case (council, status);

-- What happened, on the day the party says it happened (never in the future), and when the hub recorded it.
-- detail never holds personal data; ref ties the event to the advice request / review / decision it belongs to.
CREATE TABLE journey_event (
    event_id     VARCHAR(36)              NOT NULL PRIMARY KEY,
    case_id      VARCHAR(36)              NOT NULL REFERENCES ehc_case (case_id),
    kind         VARCHAR(48)              NOT NULL,
    occurred_on  DATE                     NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(64)              NOT NULL,
    party        VARCHAR(16),
    detail       VARCHAR(2000),
    ref          VARCHAR(64)
);
CREATE INDEX ix_journey_event_case ON journey_event (case_id, occurred_on, recorded_at);

-- A deadline the regulations set, with the rule in words as applied to this case and its source. met_on is set
-- only by the hub, from the event that closed the clock. ref is '' (never NULL) when a clock has no ref, so the
-- unique key holds on H2 and PostgreSQL alike.
CREATE TABLE statutory_clock (
    clock_id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    case_id           VARCHAR(36)   NOT NULL REFERENCES ehc_case (case_id),
    council           VARCHAR(3)    NOT NULL,
    kind              VARCHAR(48)   NOT NULL,
    ref               VARCHAR(64)   NOT NULL,
    started_on        DATE          NOT NULL,
    due_on            DATE          NOT NULL,
    rule              VARCHAR(2000) NOT NULL,
    source            VARCHAR(200)  NOT NULL,
    waiting_on_role   VARCHAR(32)   NOT NULL,
    waiting_on        VARCHAR(16),
    exception_code    VARCHAR(48),
    exception_reason  VARCHAR(2000),
    met_on            DATE,
    closed_by_event   VARCHAR(36),
    status            VARCHAR(16)   NOT NULL,
    CONSTRAINT uq_statutory_clock UNIQUE (case_id, kind, ref)
);
CREATE INDEX ix_statutory_clock_council ON statutory_clock (council, status, due_on);
CREATE INDEX ix_statutory_clock_waiting ON statutory_clock (waiting_on, status, due_on);
