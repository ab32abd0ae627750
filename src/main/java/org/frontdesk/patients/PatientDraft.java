package org.frontdesk.patients;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.frontdesk.patients.PatientDetails.EmergencyContact;
import org.frontdesk.patients.PatientDetails.PersonName;
import org.frontdesk.patients.PatientDetails.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * Demographics as typed into the registration form or mapped from a FHIR {@code Patient}: plain text, not yet
 * trusted. {@link #validate(LocalDate)} turns it into {@link PatientDetails} or reports every broken rule at once.
 */
public record PatientDraft(
        @Nullable String familyName,
        @Nullable String givenName,
        @Nullable String middleName,
        @Nullable String suffix,
        @Nullable String preferredName,
        @Nullable String birthDate,
        @Nullable String sex,
        @Nullable String genderIdentity,
        @Nullable String mobilePhone,
        @Nullable String homePhone,
        @Nullable String email,
        @Nullable String addressLine1,
        @Nullable String addressLine2,
        @Nullable String city,
        @Nullable String state,
        @Nullable String postalCode,
        @Nullable String preferredLanguage,
        @Nullable String preferredContact,
        @Nullable String emergencyName,
        @Nullable String emergencyRelationship,
        @Nullable String emergencyPhone) {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} .'\\-]*");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern ZIP = Pattern.compile("[0-9]{5}(-[0-9]{4})?");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> STATES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
            "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC",
            "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "AS", "GU", "MP", "PR", "VI", "AA", "AE", "AP");

    public static PatientDraft empty() {
        return new PatientDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, "en", null, null, null, null);
    }

    /** The draft that shows stored details in an edit form. */
    public static PatientDraft of(PatientDetails d) {
        var address = d.address();
        var emergency = d.emergencyContact();
        return new PatientDraft(
                d.name().family(), d.name().given(), d.name().middle(), d.name().suffix(), d.preferredName(),
                d.birthDate().toString(), d.sex().name(), d.genderIdentity() == null ? null : d.genderIdentity().name(),
                d.mobilePhone() == null ? null : d.mobilePhone().formatted(),
                d.homePhone() == null ? null : d.homePhone().formatted(), d.email(),
                address == null ? null : address.line1(), address == null ? null : address.line2(),
                address == null ? null : address.city(), address == null ? null : address.state(),
                address == null ? null : address.postalCode(), d.preferredLanguage(),
                d.preferredContact() == null ? null : d.preferredContact().name(),
                emergency == null ? null : emergency.name(), emergency == null ? null : emergency.relationship(),
                emergency == null || emergency.phone() == null ? null : emergency.phone().formatted());
    }

    /**
     * @param today the practice's date, so that a birth date in the future is refused
     * @throws InvalidPatientDetails listing every field that breaks a rule
     */
    public PatientDetails validate(LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        var family = name("familyName", familyName, true, errors);
        var given = name("givenName", givenName, true, errors);
        var middle = name("middleName", middleName, false, errors);
        var suffixText = text("suffix", suffix, 20, errors);
        var preferred = name("preferredName", preferredName, false, errors);
        var dob = birthDate(today, errors);
        var sexValue = choice("sex", sex, AdministrativeSex::valueOf, true, errors);
        var identity = choice("genderIdentity", genderIdentity, GenderIdentity::valueOf, false, errors);
        var mobile = phone("mobilePhone", mobilePhone, errors);
        var home = phone("homePhone", homePhone, errors);
        var mail = text("email", email, 254, errors);
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            errors.put("email", "Enter an e-mail address like name@example.com.");
        }
        var line1 = text("addressLine1", addressLine1, 100, errors);
        var line2 = text("addressLine2", addressLine2, 100, errors);
        var cityText = text("city", city, 60, errors);
        var stateText = text("state", state, 2, errors);
        if (stateText != null) {
            stateText = stateText.toUpperCase(Locale.ROOT);
            if (!STATES.contains(stateText)) {
                errors.put("state", "Use the two-letter postal code of a US state or territory.");
            }
        }
        var zip = text("postalCode", postalCode, 10, errors);
        if (zip != null && !ZIP.matcher(zip).matches()) {
            errors.put("postalCode", "A ZIP code has 5 digits, or 5+4 like 12345-6789.");
        }
        var language = text("preferredLanguage", preferredLanguage, 35, errors);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            errors.put("preferredLanguage", "Use a language code such as en, es or zh-Hant.");
        }
        var contact = choice("preferredContact", preferredContact, ContactMethod::valueOf, false, errors);
        if (contact == ContactMethod.EMAIL && mail == null && !errors.containsKey("email")) {
            errors.put("email", "E-mail is the preferred contact method, so an e-mail address is needed.");
        }
        if (contact == ContactMethod.SMS && mobile == null && !errors.containsKey("mobilePhone")) {
            errors.put("mobilePhone", "Text messages are preferred, so a mobile phone is needed.");
        }
        var emergencyNameText = name("emergencyName", emergencyName, false, errors);
        var relationship = text("emergencyRelationship", emergencyRelationship, 40, errors);
        var emergencyPhoneNumber = phone("emergencyPhone", emergencyPhone, errors);
        if (emergencyNameText == null && (relationship != null || emergencyPhoneNumber != null)) {
            errors.put("emergencyName", "Enter the emergency contact's name.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidPatientDetails(errors);
        }
        var address = line1 == null && line2 == null && cityText == null && stateText == null && zip == null
                ? null : new PostalAddress(line1, line2, cityText, stateText, zip);
        var emergency = emergencyNameText == null ? null
                : new EmergencyContact(emergencyNameText, relationship, emergencyPhoneNumber);
        return new PatientDetails(
                new PersonName(family, given, middle, suffixText), preferred, dob, sexValue, identity, mobile, home,
                mail == null ? null : mail.toLowerCase(Locale.ROOT), address, language, contact, emergency);
    }

    private LocalDate birthDate(LocalDate today, Map<String, String> errors) {
        var text = trimmed(birthDate);
        if (text == null) {
            errors.put("birthDate", "Enter the date of birth.");
            return null;
        }
        try {
            var date = LocalDate.parse(text, ISO_DATE);
            if (date.isAfter(today)) {
                errors.put("birthDate", "The date of birth cannot be in the future.");
            } else if (date.isBefore(LocalDate.of(1880, 1, 1))) {
                errors.put("birthDate", "The date of birth is too far in the past.");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.put("birthDate", "That is not a real date; use YYYY-MM-DD.");
            return null;
        }
    }

    private static String name(String field, String value, boolean required, Map<String, String> errors) {
        var text = text(field, value, 100, errors);
        if (text == null) {
            if (required && !errors.containsKey(field)) {
                errors.put(field, "This name is required.");
            }
            return null;
        }
        if (!NAME.matcher(text).matches()) {
            errors.put(field, "Use letters, spaces, hyphens and apostrophes only.");
        }
        return text.replaceAll("\\s+", " ");
    }

    private static PhoneNumber phone(String field, String value, Map<String, String> errors) {
        var text = trimmed(value);
        if (text == null) {
            return null;
        }
        var phone = PhoneNumber.parse(text);
        if (phone.isEmpty()) {
            errors.put(field, "Enter a 10-digit US phone number like (555) 234-5678.");
            return null;
        }
        return phone.get();
    }

    private static <E extends Enum<E>> E choice(
            String field, String value, Function<String, E> parse, boolean required, Map<String, String> errors) {
        var text = trimmed(value);
        if (text == null) {
            if (required) {
                errors.put(field, "Choose one.");
            }
            return null;
        }
        try {
            return parse.apply(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "That is not one of the choices.");
            return null;
        }
    }

    private static String text(String field, String value, int maxLength, Map<String, String> errors) {
        var text = trimmed(value);
        if (text != null && text.length() > maxLength) {
            errors.put(field, "Use at most " + maxLength + " characters.");
            return null;
        }
        return text;
    }

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        var text = value.strip();
        return text.isEmpty() ? null : text;
    }
}
