-- The wait list: patients who want an earlier or a specific time, and the offers made to staff when a cancellation
-- frees time that fits them (docs/adr/0012-wait-list.md). Objects are unqualified, like every migration.

CREATE TABLE wait_list_entry (
    id                    uuid PRIMARY KEY,
    patient_id            uuid        NOT NULL REFERENCES patient (id),
    appointment_type_id   uuid        NOT NULL REFERENCES appointment_type (id),
    -- null: any provider who offers the type; any location
    provider_id           uuid        REFERENCES provider (id),
    location_id           uuid        REFERENCES location (id),
    -- the window of acceptable days, in the freed time's location's zone, both inclusive
    earliest              date        NOT NULL,
    latest                date        NOT NULL,
    -- ISO days of the week (1 = Monday ... 7 = Sunday) the patient can come; all seven for any day
    days                  smallint[]  NOT NULL CHECK (cardinality(days) BETWEEN 1 AND 7
                                          AND days <@ '{1,2,3,4,5,6,7}'::smallint[]),
    -- MORNING starts before 12:00 local time, AFTERNOON at or after
    part_of_day           text        NOT NULL CHECK (part_of_day IN ('ANY', 'MORNING', 'AFTERNOON')),
    priority              text        NOT NULL CHECK (priority IN ('URGENT', 'HIGH', 'NORMAL')),
    -- may hold PHI: shown to staff, never logged or put into an audit entry
    note                  text        CHECK (length(note) <= 500),
    status                text        NOT NULL CHECK (status IN ('WAITING', 'BOOKED', 'REMOVED')),
    removal_reason        text        CHECK (length(removal_reason) <= 500),
    booked_appointment_id uuid        REFERENCES appointment (id),
    added_at              timestamptz NOT NULL,
    added_by              text        NOT NULL,
    closed_at             timestamptz,
    closed_by             text,
    version               integer     NOT NULL DEFAULT 0 CHECK (version >= 0),
    CONSTRAINT wait_list_entry_window_in_order CHECK (earliest <= latest),
    CONSTRAINT wait_list_entry_removal_has_reason
        CHECK ((status = 'REMOVED') = (coalesce(length(btrim(removal_reason)), 0) > 0)),
    CONSTRAINT wait_list_entry_booked_is_linked CHECK ((status = 'BOOKED') = (booked_appointment_id IS NOT NULL)),
    CONSTRAINT wait_list_entry_closed_when_done
        CHECK ((status = 'WAITING') = (closed_at IS NULL) AND (closed_at IS NULL) = (closed_by IS NULL))
);

-- One waiting entry per patient and type: a second request changes the first, it does not queue twice.
CREATE UNIQUE INDEX wait_list_entry_one_waiting ON wait_list_entry (patient_id, appointment_type_id)
    WHERE status = 'WAITING';
-- Matching freed time: the waiting entries of a type, in priority order.
CREATE INDEX wait_list_entry_waiting_idx ON wait_list_entry (appointment_type_id, latest) WHERE status = 'WAITING';

-- An offer to staff: this freed time fits this entry, at this rank among the entries it fits. Never booked by
-- itself; staff book one, and the others for the same freed time are then gone.
CREATE TABLE wait_list_offer (
    id                     uuid PRIMARY KEY,
    entry_id               uuid        NOT NULL REFERENCES wait_list_entry (id),
    -- the cancelled, no-show or rescheduled appointment whose time was freed
    freed_by               uuid        NOT NULL REFERENCES appointment (id),
    provider_id            uuid        NOT NULL REFERENCES provider (id),
    location_id            uuid        NOT NULL REFERENCES location (id),
    -- the time offered: the freed start, for the entry's type's length; in UTC, [start, end)
    during                 tstzrange   NOT NULL CHECK (NOT isempty(during) AND NOT lower_inf(during)
                                           AND NOT upper_inf(during) AND lower_inc(during) AND NOT upper_inc(during)),
    rank                   integer     NOT NULL CHECK (rank >= 1),
    status                 text        NOT NULL CHECK (status IN ('OPEN', 'TAKEN', 'GONE')),
    taken_appointment_id   uuid        REFERENCES appointment (id),
    created_at             timestamptz NOT NULL,
    closed_at              timestamptz,
    closed_by              text,
    UNIQUE (freed_by, entry_id),
    UNIQUE (freed_by, rank),
    CONSTRAINT wait_list_offer_taken_is_linked CHECK ((status = 'TAKEN') = (taken_appointment_id IS NOT NULL)),
    CONSTRAINT wait_list_offer_closed_when_done CHECK ((status = 'OPEN') = (closed_at IS NULL))
);

-- At most one offer per freed time is taken.
CREATE UNIQUE INDEX wait_list_offer_one_taken ON wait_list_offer (freed_by) WHERE status = 'TAKEN';
CREATE INDEX wait_list_offer_open_idx ON wait_list_offer (lower(during)) WHERE status = 'OPEN';
CREATE INDEX wait_list_offer_entry_idx ON wait_list_offer (entry_id);
