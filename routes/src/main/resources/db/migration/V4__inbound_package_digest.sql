-- The SHA-256 of the sealed package as first received: a redelivery of the same bytes is answered again, while a
-- different package under an id already received is a replay and is refused.
ALTER TABLE inbound_transfer ADD COLUMN package_sha256 VARCHAR(64);
