-- The set-up counter (V24) moves on with every change to providers, rooms and who offers which type as well, so that
-- it covers everything a booking is checked against. A booking now checks its request against a copy of the set-up
-- kept in memory for the counter, and its insert stores nothing when the counter has moved on since (ADR 20).
CREATE TRIGGER provider_changes_setup AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON provider
    FOR EACH STATEMENT EXECUTE FUNCTION schedule_setup_changed();
CREATE TRIGGER room_changes_setup AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON room
    FOR EACH STATEMENT EXECUTE FUNCTION schedule_setup_changed();
CREATE TRIGGER provider_appointment_type_changes_setup
    AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON provider_appointment_type
    FOR EACH STATEMENT EXECUTE FUNCTION schedule_setup_changed();
