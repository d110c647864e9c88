-- Review advice asked of a school or college itself (reg 20(2)(b) / 21(2)(b)): the party is still the school's
-- council (its LA code, the authority the school's API client belongs to) and this names the school by its URN
-- (6 digits) or UKPRN (8 digits), as advice_request.establishment does for assessment advice. Null: the request is
-- addressed to the party's own system. Portable SQL (H2 and PostgreSQL).
ALTER TABLE review_advice_request ADD COLUMN establishment VARCHAR(8);
