/**
 * Who may do what: staff accounts with roles, Argon2id passwords, lockout, TOTP multi-factor login, API tokens
 * for systems that call the FHIR API, the web security rules (CSRF, headers, session timeout), and the check of
 * each service method's permission ({@code @PreAuthorize}, {@code PermissionCheck}).
 */
@NullMarked
package org.frontdesk.security;

import org.jspecify.annotations.NullMarked;
