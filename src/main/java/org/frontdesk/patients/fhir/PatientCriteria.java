package org.frontdesk.patients.fhir;

import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.PatientDetails;
import org.frontdesk.patients.PhoneNumber;
import org.jspecify.annotations.Nullable;

/**
 * The search parameters of one {@code Patient} search. The registry's index finds candidates from the text the
 * parameters give ({@link #indexText()}); {@link #matches} then applies FHIR's meaning of each parameter, so
 * that {@code family=Smi} means "a family name starting with smi" and not "any name that sounds like it".
 */
record PatientCriteria(
        @Nullable StringParam name, @Nullable StringParam family, @Nullable StringParam given,
        @Nullable DateRangeParam birthdate, @Nullable TokenParam identifier, @Nullable TokenParam phone,
        @Nullable TokenParam gender, String mrnSystem) {

    /** Text for {@code Patients.search}; empty when no parameter narrows the search enough to ask the index. */
    String indexText() {
        var parts = new ArrayList<String>();
        Stream.of(name, family, given).filter(p -> p != null).forEach(p -> parts.add(p.getValue()));
        exactBirthDate().ifPresent(date -> parts.add(date.toString()));
        if (phone != null) {
            PhoneNumber.parse(phone.getValue()).ifPresent(p -> parts.add(p.digits()));
        }
        mrn().ifPresent(parts::add);
        return String.join(" ", parts);
    }

    /** The identifier's value when it can be one of our MRNs. */
    Optional<String> mrn() {
        if (identifier == null || identifier.getValue() == null) {
            return Optional.empty();
        }
        var system = identifier.getSystem();
        return system == null || system.equals(mrnSystem) ? Optional.of(identifier.getValue().strip()) : Optional.empty();
    }

    boolean matches(Patient patient) {
        var d = patient.details();
        var names = Stream.of(d.name().family(), d.name().given(), d.name().middle(), d.name().suffix(), d.preferredName())
                .filter(n -> n != null).toList();
        return (name == null || names.stream().anyMatch(n -> string(name, n)))
                && (family == null || string(family, d.name().family()))
                && (given == null || Stream.of(d.name().given(), d.name().middle(), d.preferredName())
                        .anyMatch(n -> n != null && string(given, n)))
                && (birthdate == null || birthdate.getValuesAsQueryTokens().stream().allMatch(p -> date(p, d.birthDate())))
                && (identifier == null || mrn().filter(patient.mrn().value()::equals).isPresent())
                && (phone == null || phoneMatches(d))
                && (gender == null || gender.getValue() != null
                        && d.sex().name().equalsIgnoreCase(gender.getValue().strip())
                        && (gender.getSystem() == null || PatientProfile.ADMINISTRATIVE_GENDER.equals(gender.getSystem())));
    }

    private boolean phoneMatches(PatientDetails d) {
        var wanted = PhoneNumber.parse(phone.getValue());
        return wanted.isPresent() && Stream.of(d.mobilePhone(), d.homePhone()).anyMatch(wanted.get()::equals);
    }

    /** FHIR string search: starts-with by default, {@code :exact} or {@code :contains}; case and accents ignored. */
    private static boolean string(StringParam param, String value) {
        if (param.isExact()) {
            return value.equals(param.getValue());
        }
        var wanted = fold(param.getValue());
        return Stream.of(value.split("[\\s\\-]+")).map(PatientCriteria::fold).anyMatch(word ->
                param.isContains() ? word.contains(wanted) : word.startsWith(wanted))
                || (param.isContains() ? fold(value).contains(wanted) : fold(value).startsWith(wanted));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\p{L}\\p{N} ]", "").toLowerCase(Locale.ROOT);
    }

    /** A birth date (a day) against a date parameter of day, month or year precision, with its prefix. */
    private static boolean date(DateParam param, LocalDate birthDate) {
        var text = param.getValueAsString();
        if (text == null || text.length() < 4) {
            return false;
        }
        LocalDate start;
        LocalDate end;
        if (text.length() == 4) {
            start = LocalDate.of(Integer.parseInt(text), 1, 1);
            end = start.plusYears(1).minusDays(1);
        } else if (text.length() == 7) {
            var month = YearMonth.parse(text);
            start = month.atDay(1);
            end = month.atEndOfMonth();
        } else {
            start = LocalDate.parse(text.substring(0, 10));
            end = start;
        }
        var prefix = param.getPrefix() == null ? ParamPrefixEnum.EQUAL : param.getPrefix();
        return switch (prefix) {
            case EQUAL, APPROXIMATE -> !birthDate.isBefore(start) && !birthDate.isAfter(end);
            case NOT_EQUAL -> birthDate.isBefore(start) || birthDate.isAfter(end);
            case GREATERTHAN, STARTS_AFTER -> birthDate.isAfter(end);
            case GREATERTHAN_OR_EQUALS -> !birthDate.isBefore(start);
            case LESSTHAN, ENDS_BEFORE -> birthDate.isBefore(start);
            case LESSTHAN_OR_EQUALS -> !birthDate.isAfter(end);
        };
    }

    /** A birth date the index can look up directly: {@code birthdate=1980-04-02} or {@code eq1980-04-02}. */
    private Optional<LocalDate> exactBirthDate() {
        if (birthdate == null) {
            return Optional.empty();
        }
        List<DateParam> params = birthdate.getValuesAsQueryTokens();
        return params.stream()
                .filter(p -> (p.getPrefix() == null || p.getPrefix() == ParamPrefixEnum.EQUAL)
                        && p.getValueAsString() != null && p.getValueAsString().length() >= 10)
                .map(p -> LocalDate.parse(p.getValueAsString().substring(0, 10))).findFirst();
    }
}
