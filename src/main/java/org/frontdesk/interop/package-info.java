/**
 * The FHIR R4 server at {@code /fhir}: one HAPI {@code RestfulServer} that collects the resource providers other
 * modules contribute as Spring beans, speaks JSON by default, pages results, and answers every error with a
 * PHI-free {@code OperationOutcome}. Modules use {@link org.frontdesk.interop.FhirBodyParser},
 * {@link org.frontdesk.interop.OperationOutcomes}, {@link org.frontdesk.interop.IfMatch},
 * {@link org.frontdesk.interop.SearchPeriod} and {@link org.frontdesk.interop.FhirProperties}; nothing here knows
 * about patients, calendars or audit.
 */
@NullMarked
package org.frontdesk.interop;

import org.jspecify.annotations.NullMarked;
