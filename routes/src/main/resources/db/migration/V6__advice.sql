-- Advice a council requests for an EHC needs assessment (reg 6) and the answers, due within 6 weeks (reg 8).

-- One row per request. The child is kept as canonical JSON so the answer can be matched to it.
CREATE TABLE advice_request (
    request_id     VARCHAR(36)              NOT NULL PRIMARY KEY,
    requesting_la  VARCHAR(3)               NOT NULL,
    advice_type    VARCHAR(32)              NOT NULL,
    recipient      VARCHAR(10)              NOT NULL,
    child          TEXT                     NOT NULL,
    plan_id        VARCHAR(64),
    question       VARCHAR(2000),
    requested_on   DATE                     NOT NULL,
    due_on         DATE                     NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    response_id    VARCHAR(36),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_advice_request_recipient ON advice_request (recipient, status, created_at);
CREATE INDEX ix_advice_request_requester ON advice_request (requesting_la, created_at);

-- The answer to a request. One per request; the responder's message id makes a resend a no-op.
CREATE TABLE advice_response (
    response_id      VARCHAR(36)              NOT NULL PRIMARY KEY,
    request_id       VARCHAR(36)              NOT NULL REFERENCES advice_request (request_id),
    responder        VARCHAR(10)              NOT NULL,
    message_id       VARCHAR(128)             NOT NULL,
    document         TEXT                     NOT NULL,
    received_on      DATE                     NOT NULL,
    within_deadline  BOOLEAN                  NOT NULL,
    received_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_advice_response_request UNIQUE (request_id),
    CONSTRAINT uq_advice_response_message UNIQUE (responder, message_id)
);
