-- The flow board and the day sheet list one location's or one provider's appointments by the day they start.
-- Plain btree indexes on the start: the exclusion constraints' gist indexes cover only active appointments, and
-- a day's list also shows no-shows and needs cancelled ones to notice that something changed.
CREATE INDEX appointment_location_start_idx ON appointment (location_id, lower(during));
CREATE INDEX appointment_provider_start_idx ON appointment (provider_id, lower(during));
