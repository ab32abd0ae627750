/**
 * Who may do what: staff accounts with roles, Argon2id passwords, lockout, TOTP multi-factor login, API tokens
 * for systems that call the FHIR API, and the web security rules (CSRF, headers, session timeout).
 */
@NullMarked
package org.frontdesk.security;

import org.jspecify.annotations.NullMarked;
