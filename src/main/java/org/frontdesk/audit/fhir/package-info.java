/**
 * The audit trail as FHIR R4 {@code AuditEvent} resources, read-only, for reviewers with the audit permission.
 * Reviewing the trail is itself recorded in it.
 */
@NullMarked
package org.frontdesk.audit.fhir;

import org.jspecify.annotations.NullMarked;
