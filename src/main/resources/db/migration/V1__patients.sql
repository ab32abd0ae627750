-- The patient registry. Every object is created unqualified: Flyway runs with the configured schema first on
-- the search_path, so one database can hold many practices, one schema each.

CREATE SEQUENCE patient_mrn_seq START WITH 100000 MAXVALUE 9999999 NO CYCLE;

CREATE TABLE patient (
    id                     uuid PRIMARY KEY,
    mrn                    text        NOT NULL UNIQUE CHECK (mrn ~ '^[0-9]{7,8}$'),
    version                integer     NOT NULL DEFAULT 0 CHECK (version >= 0),
    family_name            text        NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
    given_name             text        NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
    middle_name            text        CHECK (length(middle_name) <= 100),
    name_suffix            text        CHECK (length(name_suffix) <= 20),
    preferred_name         text        CHECK (length(preferred_name) <= 100),
    birth_date             date        NOT NULL CHECK (birth_date >= DATE '1880-01-01'),
    sex                    text        NOT NULL CHECK (sex IN ('FEMALE', 'MALE', 'UNKNOWN')),
    gender_identity        text        CHECK (gender_identity IN ('FEMALE', 'MALE', 'NON_BINARY', 'TRANSGENDER_FEMALE',
                                                                  'TRANSGENDER_MALE', 'OTHER', 'ASKED_DECLINED')),
    mobile_phone           text        CHECK (mobile_phone ~ '^[2-9][0-9]{2}[2-9][0-9]{6}$'),
    home_phone             text        CHECK (home_phone ~ '^[2-9][0-9]{2}[2-9][0-9]{6}$'),
    email                  text        CHECK (length(email) <= 254 AND email LIKE '%_@_%'),
    address_line1          text        CHECK (length(address_line1) <= 100),
    address_line2          text        CHECK (length(address_line2) <= 100),
    city                   text        CHECK (length(city) <= 60),
    state                  text        CHECK (state ~ '^[A-Z]{2}$'),
    postal_code            text        CHECK (postal_code ~ '^[0-9]{5}(-[0-9]{4})?$'),
    preferred_language     text        CHECK (preferred_language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    preferred_contact      text        CHECK (preferred_contact IN ('PHONE', 'SMS', 'EMAIL', 'MAIL')),
    emergency_name         text        CHECK (length(emergency_name) <= 100),
    emergency_relationship text        CHECK (length(emergency_relationship) <= 40),
    emergency_phone        text        CHECK (emergency_phone ~ '^[2-9][0-9]{2}[2-9][0-9]{6}$'),
    active                 boolean     NOT NULL DEFAULT true,
    -- why the registering clerk went ahead although a possible duplicate was shown
    duplicate_reason       text        CHECK (length(duplicate_reason) <= 500),
    created_at             timestamptz NOT NULL DEFAULT now(),
    created_by             text        NOT NULL,
    updated_at             timestamptz NOT NULL DEFAULT now(),
    updated_by             text        NOT NULL
);

-- Exact candidate look-ups for duplicate detection (name + DOB, phone); fuzzy search runs on the search index.
CREATE INDEX patient_birth_date_idx ON patient (birth_date);
CREATE INDEX patient_mobile_phone_idx ON patient (mobile_phone) WHERE mobile_phone IS NOT NULL;
CREATE INDEX patient_home_phone_idx ON patient (home_phone) WHERE home_phone IS NOT NULL;
-- The search index catches up on writes made by other servers through this.
CREATE INDEX patient_updated_at_idx ON patient (updated_at);
