-- The audit trail: append-only and hash-chained (see docs/adr/0002-audit-chain.md).

CREATE TABLE audit_event (
    id             bigint      PRIMARY KEY CHECK (id > 0),
    occurred_at    timestamptz NOT NULL,
    username       text        NOT NULL,
    role           text,
    action         text        NOT NULL,
    outcome        text        NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED')),
    resource_type  text,
    resource_id    text,
    patient_ids    uuid[]      NOT NULL DEFAULT '{}',
    client_address text,
    channel        text        NOT NULL CHECK (channel IN ('UI', 'API', 'FHIR', 'SYSTEM')),
    detail         text        CHECK (length(detail) <= 500),
    previous_hash  bytea       NOT NULL CHECK (length(previous_hash) = 32),
    hash           bytea       NOT NULL CHECK (length(hash) = 32)
);
CREATE INDEX audit_event_patient_idx ON audit_event USING gin (patient_ids);
CREATE INDEX audit_event_username_idx ON audit_event (username, occurred_at);
CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at);

-- Append-only for everyone who connects through normal means: an edit or delete must go around this trigger
-- (as a superuser), and the hash chain then shows it.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_event_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
