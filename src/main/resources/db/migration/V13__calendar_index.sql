-- The calendar reads a whole day (or week) at once: every appointment whose time overlaps it, at one location or
-- for one provider, whatever its status. The exclusion constraints' indexes cover only active, not overbooked
-- rows and lead with the provider; the patient index leads with the patient. Without this index a day view scans
-- the appointment table (ADR 8).
CREATE INDEX appointment_during_idx ON appointment USING gist (during);
