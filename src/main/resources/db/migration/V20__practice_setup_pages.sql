-- The practice set-up pages: a provider's staff account, deactivating what appointments refer to (never deleting
-- it), and who last changed each row. Objects are unqualified, like every migration.

-- The staff account a provider signs in with (the demo user "doctor"): their own column and week open by default.
-- A convenience, not a restriction. The account lives in the security module's staff_user table, whose user names
-- are unique ignoring case; the link is checked against it when it is set, and is unique the same way here.
ALTER TABLE provider
    ADD COLUMN staff_username text CHECK (staff_username ~ '^[a-z][a-z0-9._-]{1,39}$');
CREATE UNIQUE INDEX provider_staff_username_key ON provider (lower(staff_username));

-- Locations, rooms and appointment types that appointments refer to are deactivated, never deleted: a deactivated
-- one keeps its past appointments and takes no new bookings or template periods.
ALTER TABLE location ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE room ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE appointment_type ADD COLUMN active boolean NOT NULL DEFAULT true;

-- Who created and who last changed each set-up row (no patient data here; the audit trail has every change too).
-- Rows from before this migration, fixtures and seeding were made by "system".
ALTER TABLE provider
    ADD COLUMN created_by text NOT NULL DEFAULT 'system',
    ADD COLUMN updated_at timestamptz,
    ADD COLUMN updated_by text;
ALTER TABLE location
    ADD COLUMN created_by text NOT NULL DEFAULT 'system',
    ADD COLUMN updated_at timestamptz,
    ADD COLUMN updated_by text;
ALTER TABLE room
    ADD COLUMN created_by text NOT NULL DEFAULT 'system',
    ADD COLUMN updated_at timestamptz,
    ADD COLUMN updated_by text;
ALTER TABLE appointment_type
    ADD COLUMN created_by text NOT NULL DEFAULT 'system',
    ADD COLUMN updated_at timestamptz,
    ADD COLUMN updated_by text;
