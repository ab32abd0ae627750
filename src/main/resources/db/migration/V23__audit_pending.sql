-- Audit entries wait here, committed with the work they record, until the chain's one writer links them into
-- audit_event moments later (docs/adr/0016-audit-entries-are-chained-after-commit.md). Business transactions no
-- longer hold the chain's lock until they commit; only the writer takes it.

CREATE TABLE audit_pending (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    detail         text        CHECK (length(detail) <= 500)
);

-- Which pending entry a chained one came from. Not part of the hash: it only lets the guard below check a removal.
ALTER TABLE audit_event ADD COLUMN pending_id bigint UNIQUE;

-- A pending entry is never changed, and leaves only once it stands in the chain: nothing recorded is lost on the
-- way, short of going around these triggers as a superuser (as for audit_event itself).
CREATE FUNCTION audit_pending_leaves_only_into_the_chain() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_event WHERE pending_id = OLD.id) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_pending: % is allowed only for an entry already in audit_event', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_pending_no_update_or_early_delete
    BEFORE UPDATE OR DELETE ON audit_pending
    FOR EACH ROW EXECUTE FUNCTION audit_pending_leaves_only_into_the_chain();

CREATE TRIGGER audit_pending_no_truncate
    BEFORE TRUNCATE ON audit_pending
    FOR EACH STATEMENT EXECUTE FUNCTION audit_pending_leaves_only_into_the_chain();

-- Chaining a row takes its pending entry away, in the same statement: the guard above sees the new row.
CREATE FUNCTION audit_event_takes_its_pending_entry() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    DELETE FROM audit_pending WHERE id = NEW.pending_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER audit_event_takes_its_pending_entry
    AFTER INSERT ON audit_event
    FOR EACH ROW WHEN (NEW.pending_id IS NOT NULL) EXECUTE FUNCTION audit_event_takes_its_pending_entry();

-- The start of the chain writer's round, in one round trip: takes the chain lock (held until the writer commits),
-- then reads the newest entry and the oldest pending ones. VOLATILE, so that each statement here takes its snapshot
-- after the lock and sees every entry committed before it; a read in the same statement as the lock would not.
-- One row per pending entry, each carrying the head; a single row with no entry when nothing is pending.
CREATE FUNCTION audit_chain_round(max_entries integer)
    RETURNS TABLE (head_id bigint, head_hash bytea, pending_id bigint, occurred_at timestamptz, username text,
                   role text, action text, outcome text, resource_type text, resource_id text, patient_ids uuid[],
                   client_address text, channel text, detail text)
    LANGUAGE plpgsql VOLATILE AS
$$
DECLARE
    last_id   bigint;
    last_hash bytea;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(current_schema() || '.audit_event'));
    SELECT e.id, e.hash INTO last_id, last_hash FROM audit_event e ORDER BY e.id DESC LIMIT 1;
    RETURN QUERY
        SELECT last_id, last_hash, p.id, p.occurred_at, p.username, p.role, p.action, p.outcome, p.resource_type,
               p.resource_id, p.patient_ids, p.client_address, p.channel, p.detail
        FROM audit_pending p ORDER BY p.id LIMIT max_entries;
    IF NOT FOUND THEN
        RETURN QUERY SELECT last_id, last_hash, NULL::bigint, NULL::timestamptz, NULL::text, NULL::text, NULL::text,
               NULL::text, NULL::text, NULL::text, NULL::uuid[], NULL::text, NULL::text, NULL::text;
    END IF;
END;
$$;
