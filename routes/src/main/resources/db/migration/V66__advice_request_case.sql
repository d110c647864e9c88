-- An advice request may belong to a child's case (issue 14): asking opens the case's ADVICE clock for it and
-- answering closes it. Null for a request made outside a case, and for every request made before.
ALTER TABLE advice_request ADD COLUMN case_id VARCHAR(36) REFERENCES ehc_case (case_id);
CREATE INDEX ix_advice_request_case ON advice_request (case_id);
