-- Signed receipts kept as proof: a DELIVERED receipt is the evidence that the statutory transfer happened on time.
CREATE TABLE transfer_receipt (
    transfer_id      VARCHAR(36)              NOT NULL,
    disposition      VARCHAR(16)              NOT NULL,
    signed_receipt   TEXT                     NOT NULL,   -- base64 of the CMS SignedData, as received
    signer_authority VARCHAR(10)              NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_transfer_receipt PRIMARY KEY (transfer_id, disposition)
);

-- The parts of a received package other than the plan: section K advice, assessments and attachments, stored as
-- files named by their SHA-256 in the content store.
CREATE TABLE inbound_document (
    transfer_id  VARCHAR(36)  NOT NULL REFERENCES inbound_transfer (transfer_id),
    part_name    VARCHAR(200) NOT NULL,
    role         VARCHAR(32)  NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_inbound_document PRIMARY KEY (transfer_id, part_name)
);
