package org.frontdesk.security;

/** Where a password arrives: only the staff pages can ask for a second factor. */
enum SignInChannel {
    STAFF_PAGES,
    /** HTTP Basic on {@code /fhir} and {@code /api}: one request, no way to ask for a code. */
    MACHINE_API
}
