-- A series repeats every so many weeks or every so many months (the same day of the month, or the month's last day
-- when it is shorter). The column that said how many weeks says how many units now.
ALTER TABLE appointment_series RENAME COLUMN every_weeks TO repeat_every;
ALTER TABLE appointment_series ADD COLUMN repeat_unit text NOT NULL DEFAULT 'WEEKS'
    CHECK (repeat_unit IN ('WEEKS', 'MONTHS'));
ALTER TABLE appointment_series ADD CONSTRAINT appointment_series_months_within_a_year
    CHECK (repeat_unit <> 'MONTHS' OR repeat_every BETWEEN 1 AND 12);
