-- The FHIR front door (issue 4): NHS systems authenticate with signed client assertions (private_key_jwt) and
-- receive short-lived access tokens; final plans wait here until the responsible ICB's FHIR server has them.

-- Each client assertion is accepted once: a replayed jti hits the primary key. Rows are kept until the
-- assertion expires, after which its exp check refuses it anyway.
CREATE TABLE fhir_client_assertion (
    client_id   VARCHAR(64)              NOT NULL,
    jti         VARCHAR(256)             NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_fhir_client_assertion PRIMARY KEY (client_id, jti)
);
CREATE INDEX ix_fhir_client_assertion_expiry ON fhir_client_assertion (expires_at);

-- Access tokens the hub issued, by the SHA-256 of the token (the token itself is never stored).
CREATE TABLE fhir_access_token (
    token_sha256  VARCHAR(64)              NOT NULL PRIMARY KEY,
    client_id     VARCHAR(64)              NOT NULL,
    authority     VARCHAR(10)              NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_fhir_access_token_expiry ON fhir_access_token (expires_at);

-- Final plans to send to the responsible ICB as FHIR documents: the outbox of the icb-plan route. One row per
-- plan version and ICB; the canonical plan is kept as it was when finalised.
CREATE TABLE icb_plan_delivery (
    delivery_id   VARCHAR(36)              NOT NULL PRIMARY KEY,
    plan_id       VARCHAR(64)              NOT NULL,
    plan_version  INTEGER                  NOT NULL,
    icb           VARCHAR(10)              NOT NULL,
    document      TEXT                     NOT NULL,
    status        VARCHAR(16)              NOT NULL,   -- PENDING, QUEUED, SENT, FAILED
    attempts      INTEGER                  NOT NULL,
    last_error    VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_icb_plan_delivery UNIQUE (plan_id, plan_version, icb)
);
CREATE INDEX ix_icb_plan_delivery_status ON icb_plan_delivery (status, updated_at);
