-- An assessment in progress handed over to the council that became responsible (issue 14 item 3) leaves the hub
-- with the child's request and advice but no plan: its disclosure basis (the hub's STATUTORY_DUTY, purpose
-- ASSESSMENT_HAND_OVER) names the case instead. Exactly one of plan_id and case_id is set.
ALTER TABLE disclosure_basis ALTER COLUMN plan_id DROP NOT NULL;
ALTER TABLE disclosure_basis ADD COLUMN case_id VARCHAR(36) REFERENCES ehc_case (case_id);
CREATE INDEX ix_disclosure_basis_case ON disclosure_basis (case_id, purpose);
