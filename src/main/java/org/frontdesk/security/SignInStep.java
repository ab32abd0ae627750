package org.frontdesk.security;

/** What a sign-in check found; refusals are outcomes, not exceptions, so each caller says them its own way. */
sealed interface SignInStep {

    /** The password (and second factor, when one is due) is right: full access. */
    record SignedIn(StaffAccount account) implements SignInStep {}

    /** The password is right; the user has an authenticator and must type its code. */
    record CodeNeeded(StaffAccount account) implements SignInStep {}

    /** The password is right; the user's role requires MFA and they have none yet. */
    record EnrolmentNeeded(StaffAccount account) implements SignInStep {}

    /** A second-factor code was wrong or replayed; the user may try again. */
    record WrongCode() implements SignInStep {}

    record Refused(StaffSignInFailed.Reason reason) implements SignInStep {}
}
