package org.frontdesk.scheduling.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontdesk.scheduling.AppointmentTypeId;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.Npi;
import org.frontdesk.scheduling.ProviderDetails;
import org.frontdesk.scheduling.ProviderOnFile;
import org.jspecify.annotations.Nullable;

/** The provider form as the office manager filled it in, every field as typed. */
record ProviderForm(@Nullable String name, @Nullable String credentials, @Nullable String specialty,
        @Nullable String npi, @Nullable String colour, @Nullable String active, @Nullable String defaultType,
        @Nullable String defaultLocation, @Nullable List<String> offers, @Nullable String staffUsername) {

    /** A stand-in that passes the Luhn check, so that the other fields' rules are checked beside a bad NPI. */
    private static final Npi STAND_IN = new Npi("1234567893");

    static ProviderForm empty() {
        return new ProviderForm("", "", "", "", "#3366cc", "true", "", "", List.of(), "");
    }

    static ProviderForm of(ProviderOnFile provider) {
        var d = provider.details();
        return new ProviderForm(d.name(), d.credentials(), d.specialty(), d.npi().value(), d.colour(),
                Boolean.toString(d.active()), d.defaultType() == null ? "" : d.defaultType().toString(),
                d.defaultLocation() == null ? "" : d.defaultLocation().toString(),
                d.offers().stream().map(Object::toString).sorted().toList(), d.staffUsername());
    }

    public boolean isActive() {
        return SetupForm.ticked(active);
    }

    public boolean offers(Object type) {
        return offers != null && offers.contains(type.toString());
    }

    SetupForm<ProviderDetails> parse() {
        var errors = new LinkedHashMap<String, String>();
        var number = npi == null ? "" : npi.replaceAll("[\\s-]", "");
        var message = npiProblem(number);
        if (message != null) {
            errors.put("npi", message);
        }
        var offered = ids(offers, errors, "offers", "Unknown appointment type.").stream().map(AppointmentTypeId::new).collect(Collectors.toSet());
        var type = ScheduleInput.id(defaultType).map(AppointmentTypeId::new).orElse(null);
        if (type == null && !ScheduleInput.blank(defaultType)) {
            errors.put("defaultType", "Unknown appointment type.");
        }
        var location = ScheduleInput.id(defaultLocation).map(LocationId::new).orElse(null);
        if (location == null && !ScheduleInput.blank(defaultLocation)) {
            errors.put("defaultLocation", "Unknown location.");
        }
        return SetupForm.of(errors, () -> new ProviderDetails(SetupForm.text(name), credentials, specialty,
                message == null ? new Npi(number) : STAND_IN, SetupForm.text(colour), isActive(), type, location,
                offered, staffUsername));
    }

    /** Why the text is not an NPI, in words the office manager can act on; null when it is one. */
    static @Nullable String npiProblem(String number) {
        if (number.isEmpty()) {
            return "Enter the provider's 10-digit NPI.";
        }
        if (number.length() != 10 || !number.chars().allMatch(Character::isDigit)) {
            return "An NPI has exactly 10 digits.";
        }
        if (number.charAt(0) != '1' && number.charAt(0) != '2') {
            return "An NPI starts with 1 (a person) or 2 (an organisation).";
        }
        if (!Npi.isValid(number)) {
            return "This is not a valid NPI: its check digit does not match (Luhn over 80840). Check for a typo.";
        }
        return null;
    }

    /** The ids among the ticked boxes; a box that carries no id gives the field's message. */
    static Set<java.util.UUID> ids(@Nullable List<String> texts, java.util.Map<String, String> errors, String field,
            String unknown) {
        if (texts == null) {
            return Set.of();
        }
        var ids = texts.stream().filter(t -> !ScheduleInput.blank(t)).map(ScheduleInput::id).toList();
        if (ids.stream().anyMatch(java.util.Optional::isEmpty)) {
            errors.put(field, unknown);
        }
        return ids.stream().flatMap(java.util.Optional::stream).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
