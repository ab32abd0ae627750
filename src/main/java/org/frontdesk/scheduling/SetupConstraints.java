package org.frontdesk.scheduling;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * The database's constraints on the set-up tables are the last line: when one refuses a change that the checks
 * before it let through (two managers saving the same NPI at once), this names the field and says why, instead of
 * an error page.
 */
final class SetupConstraints {

    private static final Map<String, Map.Entry<String, String>> BY_NAME = Map.ofEntries(
            entry("provider_npi_key", "npi", "Another provider has this NPI."),
            entry("provider_staff_username_key", "staffUsername", "This account is linked to another provider."),
            entry("provider_default_type_is_offered", "defaultType", "The default type must be one the provider offers."),
            entry("provider_default_location_id_fkey", "defaultLocation", "Unknown location."),
            entry("provider_appointment_type_appointment_type_id_fkey", "offers", "Unknown appointment type."),
            entry("provider_appointment_type_provider_id_fkey", "offeredBy", "Unknown provider."),
            entry("location_name_key", "name", "Another location has this name."),
            entry("room_location_id_name_key", "name", "This location already has a room of that name."),
            entry("room_location_id_fkey", "location", "Unknown location."),
            entry("appointment_type_name_key", "name", "Another appointment type has this name."),
            entry("appointment_type_video_link_is_telemedicine", "videoLink", "Only a telemedicine type has a video link."));

    /** Check constraints named by PostgreSQL as table_column_check: the column's field. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("address_line1", "addressLine1"),
            Map.entry("address_line2", "addressLine2"), Map.entry("postal_code", "postalCode"),
            Map.entry("time_zone", "zone"), Map.entry("default_minutes", "defaultMinutes"),
            Map.entry("video_link", "videoLink"), Map.entry("staff_username", "staffUsername"));

    private SetupConstraints() {}

    /** @return the refusal as a field message, or the exception itself when no constraint of ours is named */
    static RuntimeException translate(DataIntegrityViolationException e) {
        var constraint = constraintOf(e);
        if (constraint == null) {
            return e;
        }
        var known = BY_NAME.get(constraint);
        if (known != null) {
            return InvalidSetup.of(known.getKey(), known.getValue());
        }
        for (var table : new String[] {"appointment_type", "provider", "location", "room"}) {
            if (constraint.startsWith(table + "_") && constraint.endsWith("_check")) {
                var column = constraint.substring(table.length() + 1, constraint.length() - "_check".length());
                return InvalidSetup.of(FIELDS.getOrDefault(column, column),
                        "Not accepted: check the format and the length.");
            }
        }
        return e;
    }

    private static @Nullable String constraintOf(DataIntegrityViolationException e) {
        if (NestedExceptionUtils.getMostSpecificCause(e) instanceof PSQLException sql
                && sql.getServerErrorMessage() != null) {
            return sql.getServerErrorMessage().getConstraint();
        }
        return null;
    }

    private static Map.Entry<String, Map.Entry<String, String>> entry(String constraint, String field,
            String message) {
        return Map.entry(constraint, Map.entry(field, message));
    }
}
