package org.frontdesk.interop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the FHIR API ({@code frontdesk.fhir.*}).
 *
 * @param mrnSystem identifier system of our medical record numbers; a practice that has an OID or URL of its own
 *     should set it here before other systems store our identifiers
 * @param staffSystem identifier system of staff usernames, as they appear as {@code AuditEvent} agents
 * @param extensionBase base URL of the few Frontdesk-specific extensions
 * @param defaultPageSize page size when the client sends no {@code _count}
 * @param maximumPageSize the largest {@code _count} honoured
 * @param pagedSearches how many searches' results are kept in memory for next/previous links
 */
@ConfigurationProperties("frontdesk.fhir")
public record FhirProperties(
        @DefaultValue("urn:frontdesk:mrn") String mrnSystem,
        @DefaultValue("urn:frontdesk:staff") String staffSystem,
        @DefaultValue("https://frontdesk.example.org/fhir") String extensionBase,
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("100") int maximumPageSize,
        @DefaultValue("200") int pagedSearches) {}
