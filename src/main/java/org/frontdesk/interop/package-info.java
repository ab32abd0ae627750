/**
 * The FHIR R4 server at {@code /fhir}: one HAPI {@code RestfulServer} that collects the resource providers other
 * modules contribute as Spring beans, speaks JSON by default, pages results, and answers every error with a
 * PHI-free {@code OperationOutcome}. Modules use {@link org.frontdesk.interop.FhirBodyParser},
 * {@link org.frontdesk.interop.OperationOutcomes}, {@link org.frontdesk.interop.IfMatch} and
 * {@link org.frontdesk.interop.FhirProperties}; nothing here knows about patients or audit.
 */
@NullMarked
package org.frontdesk.interop;

import org.jspecify.annotations.NullMarked;
