-- The flow board lists one location's appointments by the day they start (the day sheet lists one provider's, by
-- appointment_provider_start_idx of V12). A plain btree index on the start: the exclusion constraints' gist indexes
-- cover only active appointments, and a day's list also shows no-shows and needs cancelled ones to notice that
-- something changed.
CREATE INDEX appointment_location_start_idx ON appointment (location_id, lower(during));
