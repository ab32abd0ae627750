package org.frontdesk.patients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditEntry;
import org.frontdesk.audit.AuditOutcome;
import org.frontdesk.audit.AuditTrail;
import org.frontdesk.patients.PossibleDuplicate.Reason;
import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient registry. Every method checks the caller's permission and writes an audit entry in the same
 * transaction as the work, for the staff pages and the FHIR API alike.
 */
@Service
public class Patients {

    public static final int MAX_SEARCH_RESULTS = 100;

    private final PatientRepository repository;
    private final PatientSearchIndex index;
    private final PatientSearchIndexSync indexSync;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Patients(PatientRepository repository, PatientSearchIndex index, PatientSearchIndexSync indexSync,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.index = index;
        this.indexSync = indexSync;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The practice's today, for validating dates of birth. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Registers a patient unless possible duplicates exist and no reason to proceed is given.
     *
     * @param duplicateReason why the clerk goes ahead although duplicates were shown; null on the first try
     * @throws InvalidPatientDetails when the draft breaks a rule; nothing is stored
     */
    @PreAuthorize(Permission.WRITE_PATIENTS)
    @Transactional
    public Registration register(PatientDraft draft, @Nullable String duplicateReason) {
        var details = draft.validate(today());
        var reason = duplicateReason == null || duplicateReason.isBlank() ? null : duplicateReason.strip();
        if (reason != null && reason.length() > 500) {
            throw new InvalidPatientDetails(java.util.Map.of("duplicateReason", "Use at most 500 characters."));
        }
        if (reason == null) {
            var candidates = possibleDuplicates(details, null);
            if (!candidates.isEmpty()) {
                audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "Patient", null,
                        candidates.stream().map(c -> c.patient().id().value()).toList(), "duplicate check"));
                return new Registration.PossibleDuplicatesFound(candidates);
            }
        }
        return new Registration.Registered(store(details, reason));
    }

    /** Registers without the duplicate check: for imports and demo data that were checked elsewhere. */
    @PreAuthorize(Permission.WRITE_PATIENTS)
    @Transactional
    public Patient registerChecked(PatientDetails details, @Nullable String reason) {
        return store(details, reason);
    }

    private Patient store(PatientDetails details, @Nullable String reason) {
        var id = PatientId.random();
        repository.insert(id, repository.nextMrn(), details, reason, StaffMember.currentUsername());
        var patient = repository.find(id).orElseThrow();
        audit.record(AuditEntry.ofPatient(AuditAction.CREATE, AuditOutcome.SUCCESS, id.value()));
        events.publishEvent(new PatientRegistered(id));
        indexSync.afterCommit(patient);
        return patient;
    }

    /**
     * @param expectedVersion the version the editor started from
     * @throws PatientChangedSinceRead when someone saved the patient in between; nothing is written
     */
    @PreAuthorize(Permission.WRITE_PATIENTS)
    @Transactional
    public Patient update(PatientId id, int expectedVersion, PatientDraft draft) {
        var details = draft.validate(today());
        if (!repository.update(id, expectedVersion, details, StaffMember.currentUsername())) {
            throw staleOrMissing(id);
        }
        return afterChange(id);
    }

    @PreAuthorize(Permission.WRITE_PATIENTS)
    @Transactional
    public Patient setActive(PatientId id, int expectedVersion, boolean active) {
        if (!repository.setActive(id, expectedVersion, active, StaffMember.currentUsername())) {
            throw staleOrMissing(id);
        }
        return afterChange(id);
    }

    private Patient afterChange(PatientId id) {
        var patient = repository.find(id).orElseThrow();
        audit.record(AuditEntry.ofPatient(AuditAction.UPDATE, AuditOutcome.SUCCESS, id.value()));
        events.publishEvent(new PatientUpdated(id, patient.version()));
        indexSync.afterCommit(patient);
        return patient;
    }

    private RuntimeException staleOrMissing(PatientId id) {
        return repository.find(id)
                .<RuntimeException>map(current -> new PatientChangedSinceRead(id, current.version()))
                .orElseGet(() -> new PatientNotFound(id));
    }

    @PreAuthorize(Permission.READ_PATIENTS)
    @Transactional
    public Patient get(PatientId id) {
        return find(id).orElseThrow(() -> new PatientNotFound(id));
    }

    @PreAuthorize(Permission.READ_PATIENTS)
    @Transactional
    public Optional<Patient> find(PatientId id) {
        var patient = repository.find(id);
        patient.ifPresent(p -> audit.record(AuditEntry.ofPatient(AuditAction.READ, AuditOutcome.SUCCESS, id.value())));
        return patient;
    }

    @PreAuthorize(Permission.READ_PATIENTS)
    @Transactional
    public Optional<Patient> findByMrn(Mrn mrn) {
        var patient = repository.findByMrn(mrn);
        patient.ifPresent(p -> audit.record(AuditEntry.ofPatient(AuditAction.READ, AuditOutcome.SUCCESS, p.id().value())));
        return patient;
    }

    /**
     * The patients with these ids, for a list that shows many at once (the flow board, a day sheet): one query, and
     * one audit entry that names every patient returned, as a search does.
     *
     * @param purpose which list, for the audit reviewer (e.g. {@code "flow board 2026-11-24"}); never PHI
     * @return the patients found, by id; unknown ids are left out
     */
    @PreAuthorize(Permission.READ_PATIENTS)
    @Transactional
    public Map<PatientId, Patient> findAll(Collection<PatientId> ids, String purpose) {
        var found = repository.findAll(ids.stream().map(PatientId::value).distinct().toList());
        if (!found.isEmpty()) {
            audit.record(new AuditEntry(AuditAction.READ, AuditOutcome.SUCCESS, "Patient", null,
                    found.stream().map(p -> p.id().value()).toList(), purpose));
        }
        var byId = new LinkedHashMap<PatientId, Patient>();
        found.forEach(p -> byId.put(p.id(), p));
        return java.util.Collections.unmodifiableMap(byId);
    }

    /**
     * Free-text search over names (typos and sound-alikes forgiven), date of birth, phone and MRN, best match
     * first. The search is audited with the ids it returned, never with what was typed.
     */
    @PreAuthorize(Permission.READ_PATIENTS)
    @Transactional
    public List<Patient> search(String text, int limit) {
        var query = PatientQuery.parse(text);
        var ids = index.search(query, Math.clamp(limit, 1, MAX_SEARCH_RESULTS));
        var found = repository.findAll(ids);
        audit.record(new AuditEntry(AuditAction.SEARCH, AuditOutcome.SUCCESS, "Patient", null,
                found.stream().map(p -> p.id().value()).toList(), found.size() + " results"));
        return found;
    }

    /** Patients who may be the same person: similar name and same date of birth, or the same phone. */
    @PreAuthorize(Permission.READ_PATIENTS)
    @Transactional(readOnly = true)
    public List<PossibleDuplicate> possibleDuplicates(PatientDetails details, @Nullable PatientId except) {
        var phones = new ArrayList<String>();
        if (details.mobilePhone() != null) {
            phones.add(details.mobilePhone().digits());
        }
        if (details.homePhone() != null) {
            phones.add(details.homePhone().digits());
        }
        var found = new LinkedHashMap<UUID, PossibleDuplicate>();
        for (var candidate : repository.findByBirthDateOrPhone(details.birthDate(), phones)) {
            if (except != null && candidate.id().equals(except)) {
                continue;
            }
            var other = candidate.details();
            boolean sameBirthDate = other.birthDate().equals(details.birthDate());
            if (sameBirthDate && NameTokens.similar(other.name().family(), details.name().family())
                    && (NameTokens.similar(other.name().given(), details.name().given())
                            || other.preferredName() != null
                                    && NameTokens.similar(other.preferredName(), details.name().given()))) {
                found.put(candidate.id().value(), new PossibleDuplicate(candidate, Reason.SIMILAR_NAME_SAME_BIRTH_DATE));
            } else if (sharesPhone(other, phones)) {
                found.putIfAbsent(candidate.id().value(), new PossibleDuplicate(candidate, Reason.SAME_PHONE));
            }
        }
        return List.copyOf(found.values());
    }

    private static boolean sharesPhone(PatientDetails other, List<String> phones) {
        return other.mobilePhone() != null && phones.contains(other.mobilePhone().digits())
                || other.homePhone() != null && phones.contains(other.homePhone().digits());
    }

    /** How many patients are on file (no PHI, not audited). */
    @PreAuthorize("isAuthenticated()")
    public long count() {
        return repository.count();
    }
}
