-- The patient index of the audit trail takes each entry at once instead of gathering entries in a pending list.
-- With the default fastupdate, the chain's writer (the only one inserting here) now and then found the 4 MB list
-- full and merged it into the index in the middle of a round: that round took tens of milliseconds, and every clerk
-- waiting for an entry to be chained waited with it (ADR 18). An entry names one patient or a few, so taking it
-- at once costs about as much as a btree insert, and a round's time no longer depends on how full the list is.
ALTER INDEX audit_event_patient_idx SET (fastupdate = off);
SELECT gin_clean_pending_list('audit_event_patient_idx');
