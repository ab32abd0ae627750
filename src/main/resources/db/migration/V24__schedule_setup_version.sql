-- A counter that moves on with every change to what a provider's template says: template periods, exceptions,
-- holidays, locations (their zones) and appointment types (the names of reserved blocks). A booking reads it with its
-- set-up facts, in the same round trip, and checks the template against a copy read earlier for the same counter
-- instead of reading the template again (ADR 14). Triggers move it, so no writer (another server, a migration, a
-- hand-made fix) can change a template without it.

-- Each change takes a new number from a sequence rather than adding one: a rolled-back change used its number up,
-- so no later state can show the number of a state that never committed.
CREATE SEQUENCE schedule_setup_change;

CREATE TABLE schedule_setup_version (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    version  bigint  NOT NULL
);
INSERT INTO schedule_setup_version (only_row, version) VALUES (true, nextval('schedule_setup_change'));

CREATE FUNCTION schedule_setup_changed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE schedule_setup_version SET version = nextval('schedule_setup_change');
    RETURN NULL;
END;
$$;

CREATE TRIGGER template_period_changes_setup AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON template_period
    FOR EACH STATEMENT EXECUTE FUNCTION schedule_setup_changed();
CREATE TRIGGER provider_exception_changes_setup AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON provider_exception
    FOR EACH STATEMENT EXECUTE FUNCTION schedule_setup_changed();
CREATE TRIGGER holiday_changes_setup AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON holiday
    FOR EACH STATEMENT EXECUTE FUNCTION schedule_setup_changed();
CREATE TRIGGER location_changes_setup AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON location
    FOR EACH STATEMENT EXECUTE FUNCTION schedule_setup_changed();
CREATE TRIGGER appointment_type_changes_setup AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON appointment_type
    FOR EACH STATEMENT EXECUTE FUNCTION schedule_setup_changed();
