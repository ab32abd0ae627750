-- A patient's appointments (the double-booking warning, the patient's list, FHIR Appointment?patient=) are found by
-- the patient first, and a patient has tens of them, not thousands: a B-tree finds them as fast as the GiST index
-- did, and costs a booking far less to keep up (ADR 14).
DROP INDEX appointment_patient_idx;
CREATE INDEX appointment_patient_idx ON appointment (patient_id, lower(during));
