package org.frontdesk.security;

/** A staff member completed sign-in (after the second factor, when one is required). */
public record StaffSignedIn(String username, Role role) {}
