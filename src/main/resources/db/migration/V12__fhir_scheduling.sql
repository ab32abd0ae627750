-- Scheduling over FHIR: a provider's default appointment type and location (what a FHIR Appointment that names
-- neither books), the secret calendar feeds, and indexes for appointment searches by start time.

-- The type booked when a request names none. Must be one the provider offers: the composite key makes removing
-- that offering, or pointing the default at another type, fail in the database whatever the code path.
ALTER TABLE provider ADD COLUMN default_appointment_type_id uuid;
ALTER TABLE provider ADD CONSTRAINT provider_default_type_is_offered
    FOREIGN KEY (id, default_appointment_type_id)
    REFERENCES provider_appointment_type (provider_id, appointment_type_id);

-- Where the provider usually sees patients: the location booked when a request names none.
ALTER TABLE provider ADD COLUMN default_location_id uuid REFERENCES location (id);

-- A provider's iCalendar feed at a secret URL. Only the token's SHA-256 is stored; the URL is shown once when
-- issued. At most one live feed per provider: issuing a new one revokes the old.
CREATE TABLE calendar_feed (
    id              uuid PRIMARY KEY,
    provider_id     uuid        NOT NULL REFERENCES provider (id),
    token_hash      bytea       NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    revoked_at      timestamptz,
    revoked_by      text,
    last_fetched_at timestamptz,
    CONSTRAINT calendar_feed_revocation_is_attributed CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);

CREATE UNIQUE INDEX calendar_feed_one_live_per_provider ON calendar_feed (provider_id) WHERE revoked_at IS NULL;

-- FHIR's Appointment "date" is the start: a provider's appointments by start (searches, the calendar feed), and
-- the whole practice's by start (a date-only search). The exclusion constraints' indexes cover active rows only.
CREATE INDEX appointment_provider_start_idx ON appointment (provider_id, lower(during));
CREATE INDEX appointment_start_idx ON appointment (lower(during));
