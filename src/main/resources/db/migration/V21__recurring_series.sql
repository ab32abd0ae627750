-- Recurring appointments (docs/adr/0011-recurring-series.md). A series is a rule ("every 2 weeks, 8 times") for one
-- patient, provider, type and location at one local time; each occurrence the rule names gets a row here, whether it
-- was booked or clashed, so that nothing of a series is ever lost. The appointments themselves are ordinary rows of
-- the appointment table, booked one by one under its exclusion constraints. Objects are unqualified, like every
-- migration.

CREATE TABLE appointment_series (
    id                  uuid PRIMARY KEY,
    patient_id          uuid        NOT NULL REFERENCES patient (id),
    provider_id         uuid        NOT NULL REFERENCES provider (id),
    location_id         uuid        NOT NULL REFERENCES location (id),
    room_id             uuid        REFERENCES room (id),
    appointment_type_id uuid        NOT NULL REFERENCES appointment_type (id),
    -- the rule, in the location's zone: the wall-clock time stays the same across a change of the clocks
    first_date          date        NOT NULL,
    local_start         time        NOT NULL,
    every_weeks         integer     NOT NULL CHECK (every_weeks BETWEEN 1 AND 52),
    occurrences         integer     CHECK (occurrences BETWEEN 1 AND 52),
    until_date          date        CHECK (until_date >= first_date),
    reason              text        CHECK (length(reason) <= 500),
    -- "cancel this and following" ends the rule before this occurrence; the rows before and after it stay
    ended_before        integer     CHECK (ended_before >= 1),
    created_at          timestamptz NOT NULL,
    created_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL,
    updated_by          text        NOT NULL,
    CONSTRAINT appointment_series_count_or_until CHECK ((occurrences IS NULL) <> (until_date IS NULL))
);

CREATE INDEX appointment_series_patient_idx ON appointment_series (patient_id);

-- One row per occurrence the rule names. appointment_id is the appointment first booked for it (null while it
-- clashed and no alternative was booked); a rescheduled one is followed through appointment.rescheduled_to.
CREATE TABLE series_occurrence (
    series_id      uuid        NOT NULL REFERENCES appointment_series (id),
    number         integer     NOT NULL CHECK (number BETWEEN 1 AND 52),
    planned_start  timestamptz NOT NULL,
    appointment_id uuid        UNIQUE REFERENCES appointment (id),
    -- why it was not booked when the series was ("The provider's time is taken."); never patient data
    clash          text        CHECK (length(clash) <= 500),
    PRIMARY KEY (series_id, number)
);

-- From an appointment (perhaps a rescheduled replacement) back to its series: the panel walks rescheduled_to
-- backwards, which without this index reads the whole appointment table at each step.
CREATE INDEX appointment_rescheduled_to_idx ON appointment (rescheduled_to) WHERE rescheduled_to IS NOT NULL;
