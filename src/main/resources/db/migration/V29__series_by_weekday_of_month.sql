-- A series may also repeat on the same weekday of the month (the 2nd Tuesday, the last Friday), every one to twelve
-- months, as a monthly series by the day of the month does.
ALTER TABLE appointment_series DROP CONSTRAINT appointment_series_repeat_unit_check;
ALTER TABLE appointment_series ADD CONSTRAINT appointment_series_repeat_unit_check
    CHECK (repeat_unit IN ('WEEKS', 'MONTHS', 'MONTHS_BY_WEEKDAY'));
ALTER TABLE appointment_series DROP CONSTRAINT appointment_series_months_within_a_year;
ALTER TABLE appointment_series ADD CONSTRAINT appointment_series_months_within_a_year
    CHECK (repeat_unit = 'WEEKS' OR repeat_every BETWEEN 1 AND 12);
