-- Scheduling: the practice set-up (providers, locations, rooms, appointment types) and appointments.
-- The database itself guarantees that a provider or a room is never booked twice for overlapping times
-- (see docs/adr/0004-booking-never-double-books.md). Objects are unqualified, like every migration.

-- gist operator classes for uuid equality, so that an exclusion constraint can combine "same provider" with
-- "overlapping time". A trusted extension: a database owner may create it on PostgreSQL 13 and later.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE provider (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    credentials text        CHECK (length(credentials) <= 40),
    specialty   text        CHECK (length(specialty) <= 100),
    -- the Luhn check digit is verified by Npi in the application; the format is enforced here
    npi         text        NOT NULL UNIQUE CHECK (npi ~ '^[12][0-9]{9}$'),
    colour      text        NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE location (
    id            uuid PRIMARY KEY,
    name          text        NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    address_line1 text        CHECK (length(address_line1) <= 100),
    address_line2 text        CHECK (length(address_line2) <= 100),
    city          text        CHECK (length(city) <= 60),
    state         text        CHECK (state ~ '^[A-Z]{2}$'),
    postal_code   text        CHECK (postal_code ~ '^[0-9]{5}(-[0-9]{4})?$'),
    -- an IANA zone id such as America/New_York; checked against the JDK's zone rules when stored
    time_zone     text        NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE room (
    id          uuid PRIMARY KEY,
    location_id uuid NOT NULL REFERENCES location (id),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    UNIQUE (location_id, name)
);

CREATE TABLE appointment_type (
    id               uuid PRIMARY KEY,
    name             text    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    default_minutes  integer NOT NULL CHECK (default_minutes > 0 AND default_minutes <= 720),
    colour           text    NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
    telemedicine     boolean NOT NULL DEFAULT false
);

-- Which providers offer which appointment types.
CREATE TABLE provider_appointment_type (
    provider_id         uuid NOT NULL REFERENCES provider (id),
    appointment_type_id uuid NOT NULL REFERENCES appointment_type (id),
    PRIMARY KEY (provider_id, appointment_type_id)
);

CREATE TABLE appointment (
    id                  uuid PRIMARY KEY,
    patient_id          uuid        NOT NULL REFERENCES patient (id),
    provider_id         uuid        NOT NULL REFERENCES provider (id),
    location_id         uuid        NOT NULL REFERENCES location (id),
    room_id             uuid        REFERENCES room (id),
    appointment_type_id uuid        NOT NULL REFERENCES appointment_type (id),
    -- stored in UTC; always [start, end), never empty or unbounded
    during              tstzrange   NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during)
                                        AND NOT upper_inf(during) AND lower_inc(during) AND NOT upper_inc(during)),
    status              text        NOT NULL CHECK (status IN ('BOOKED', 'CONFIRMED', 'ARRIVED', 'IN_ROOM',
                                        'WITH_PROVIDER', 'CHECKED_OUT', 'CANCELLED', 'NO_SHOW', 'RESCHEDULED')),
    status_changed_at   timestamptz NOT NULL,
    reason              text        CHECK (length(reason) <= 500),
    -- a deliberate second patient in a taken slot: allowed with a permission and a reason, never by accident
    overbooked          boolean     NOT NULL DEFAULT false,
    overbook_reason     text        CHECK (length(overbook_reason) <= 500),
    cancelled_by        text        CHECK (cancelled_by IN ('PATIENT', 'OFFICE')),
    cancellation_reason text        CHECK (length(cancellation_reason) <= 500),
    -- set together with status RESCHEDULED; deferred so that the old row can be released before the new one exists
    rescheduled_to      uuid        REFERENCES appointment (id) DEFERRABLE INITIALLY DEFERRED,
    version             integer     NOT NULL DEFAULT 0 CHECK (version >= 0),
    created_at          timestamptz NOT NULL DEFAULT now(),
    created_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL DEFAULT now(),
    updated_by          text        NOT NULL,
    CONSTRAINT appointment_overbook_has_reason
        CHECK (NOT overbooked OR coalesce(length(btrim(overbook_reason)), 0) > 0),
    CONSTRAINT appointment_cancellation_has_reason
        CHECK ((status = 'CANCELLED') = (cancelled_by IS NOT NULL)
            AND (status <> 'CANCELLED' OR coalesce(length(btrim(cancellation_reason)), 0) > 0)),
    CONSTRAINT appointment_rescheduled_is_linked
        CHECK ((status = 'RESCHEDULED') = (rescheduled_to IS NOT NULL)),
    -- the guarantee: no two active, not deliberately overbooked appointments of one provider overlap...
    CONSTRAINT appointment_provider_no_overlap
        EXCLUDE USING gist (provider_id WITH =, during WITH &&)
        WHERE (status IN ('BOOKED', 'CONFIRMED', 'ARRIVED', 'IN_ROOM', 'WITH_PROVIDER', 'CHECKED_OUT')
            AND NOT overbooked),
    -- ...and none of one room
    CONSTRAINT appointment_room_no_overlap
        EXCLUDE USING gist (room_id WITH =, during WITH &&)
        WHERE (room_id IS NOT NULL
            AND status IN ('BOOKED', 'CONFIRMED', 'ARRIVED', 'IN_ROOM', 'WITH_PROVIDER', 'CHECKED_OUT')
            AND NOT overbooked)
);

-- The patient double-booking warning and a patient's appointment list.
CREATE INDEX appointment_patient_idx ON appointment USING gist (patient_id, during);

-- When each step of the visit happened (booked, confirmed, arrived, ...); the lifecycle only moves forward, so
-- each status is reached at most once.
CREATE TABLE appointment_status_change (
    appointment_id uuid        NOT NULL REFERENCES appointment (id),
    status         text        NOT NULL,
    changed_at     timestamptz NOT NULL,
    changed_by     text        NOT NULL,
    PRIMARY KEY (appointment_id, status)
);
