-- Signed receipts waiting to go back to a sender on another hub, sent in the order they were made.
CREATE TABLE receipt_outbox (
    transfer_id      VARCHAR(36)              NOT NULL,
    disposition      VARCHAR(16)              NOT NULL,
    sender_authority VARCHAR(10)              NOT NULL,
    signed_receipt   TEXT                     NOT NULL,   -- base64 of the CMS SignedData
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_receipt_outbox PRIMARY KEY (transfer_id, disposition)
);
