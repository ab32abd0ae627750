package org.frontdesk.patients;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A patient's demographics, already valid. Built from a {@link PatientDraft} by
 * {@link PatientDraft#validate(LocalDate)}, so that the registration form and the FHIR API share one set of rules.
 */
public record PatientDetails(
        PersonName name,
        @Nullable String preferredName,
        LocalDate birthDate,
        AdministrativeSex sex,
        @Nullable GenderIdentity genderIdentity,
        @Nullable PhoneNumber mobilePhone,
        @Nullable PhoneNumber homePhone,
        @Nullable String email,
        @Nullable PostalAddress address,
        @Nullable String preferredLanguage,
        @Nullable ContactMethod preferredContact,
        @Nullable EmergencyContact emergencyContact) {

    public PatientDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }

    /** Legal name parts. */
    public record PersonName(String family, String given, @Nullable String middle, @Nullable String suffix) {

        public PersonName {
            Objects.requireNonNull(family, "family");
            Objects.requireNonNull(given, "given");
        }

        /** "Family, Given Middle Suffix", the way the front desk files names. */
        public String filingName() {
            var sb = new StringBuilder(family).append(", ").append(given);
            if (middle != null) {
                sb.append(' ').append(middle);
            }
            if (suffix != null) {
                sb.append(' ').append(suffix);
            }
            return sb.toString();
        }
    }

    public record PostalAddress(
            @Nullable String line1, @Nullable String line2, @Nullable String city, @Nullable String state,
            @Nullable String postalCode) {}

    public record EmergencyContact(String name, @Nullable String relationship, @Nullable PhoneNumber phone) {}

    /** The name the office should use when greeting the patient. */
    public String displayName() {
        var first = preferredName != null ? preferredName : name.given();
        return first + " " + name.family();
    }
}
