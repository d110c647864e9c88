-- The basis on which a child's plan (or what is derived from it) may leave the hub for another body: SEND
-- Regulations 2014 reg 17 forbids disclosing an EHC plan without the consent of the child's parent or the young
-- person, except for the purposes it lists; disclosures the Regulations themselves require (reg 15 transfer, the
-- final plan to the responsible commissioning body) are recorded by the hub as STATUTORY_DUTY. docs/disclosure.md.
-- One row per basis; the child is named by the plan id only (no personal data here).
CREATE TABLE disclosure_basis (
    basis_id           VARCHAR(36)              NOT NULL PRIMARY KEY,
    plan_id            VARCHAR(64)              NOT NULL REFERENCES ehc_plan (plan_id),
    council            VARCHAR(3)               NOT NULL,   -- the council that holds the plan and recorded the basis
    purpose            VARCHAR(40)              NOT NULL,   -- DisclosurePurpose
    recipient          VARCHAR(10),                         -- one body (LA or ODS code); NULL: any body for the purpose
    kind               VARCHAR(20)              NOT NULL,   -- CONSENT, STATUTORY_PURPOSE, STATUTORY_DUTY
    consent_given_by   VARCHAR(20),                         -- PARENT or YOUNG_PERSON (CONSENT only)
    consent_given_on   DATE,                                -- (CONSENT only)
    statutory_purpose  VARCHAR(40),                         -- Reg17Purpose (STATUTORY_PURPOSE only)
    duty               VARCHAR(200),                        -- the regulation that requires it (STATUTORY_DUTY only)
    recorded_by        VARCHAR(64)              NOT NULL,   -- the council's client, or 'hub' for a STATUTORY_DUTY
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_on       DATE,                                -- from this day the basis no longer allows a disclosure
    withdrawn_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_disclosure_basis_plan ON disclosure_basis (plan_id, purpose);
