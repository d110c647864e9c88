-- An assessment in progress moves with the family (issue 14 item 3): the old council's export sends a transfer
-- package of kind ASSESSMENT (the request and the advice gathered so far, no plan) through the same ledger, outbox
-- and inbox as a plan. Such a transfer names the case it hands over instead of a plan; the new council's inbox row
-- names the case it opened from it, so the family tells the new council once.
ALTER TABLE transfer ADD COLUMN kind VARCHAR(10) DEFAULT 'PLAN' NOT NULL;
ALTER TABLE transfer ADD COLUMN case_id VARCHAR(36) REFERENCES ehc_case (case_id);
ALTER TABLE transfer ALTER COLUMN plan_id DROP NOT NULL;
-- The request as the old council held it when it exported the case (assessment/request.json without the advice,
-- which is added from the case's answered advice requests when the package is sealed).
ALTER TABLE transfer ADD COLUMN hand_over TEXT;
CREATE INDEX ix_transfer_case ON transfer (case_id);

ALTER TABLE inbound_transfer ADD COLUMN kind VARCHAR(10) DEFAULT 'PLAN' NOT NULL;
ALTER TABLE inbound_transfer ALTER COLUMN plan_id DROP NOT NULL;
ALTER TABLE inbound_transfer ADD COLUMN opened_case_id VARCHAR(36) REFERENCES ehc_case (case_id);
