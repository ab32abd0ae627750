/**
 * The FHIR R4 {@code Patient} resource (after US Core Patient): read, create, update and search, mapped to and
 * from {@link org.frontdesk.patients.PatientDraft} so that the API and the registration form obey the same rules.
 * See {@code docs/fhir.md} for the mapping table.
 */
@NullMarked
package org.frontdesk.patients.fhir;

import org.jspecify.annotations.NullMarked;
