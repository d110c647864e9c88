-- Advice of every kind reg 6(1) names (issue 14). Educational advice is asked of one school or college: the request
-- names it by URN or UKPRN beside the council it works with (recipient), so that the school's API client sees its
-- own requests and no other school's. Null for every other kind, and for every request made before.
ALTER TABLE advice_request ADD COLUMN establishment VARCHAR(8);
CREATE INDEX ix_advice_request_establishment ON advice_request (recipient, establishment, status);
