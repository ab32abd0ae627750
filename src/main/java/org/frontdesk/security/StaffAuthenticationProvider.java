package org.frontdesk.security;

import java.util.ArrayList;
import java.util.Collection;
import org.frontdesk.security.SignInStep.CodeNeeded;
import org.frontdesk.security.SignInStep.EnrolmentNeeded;
import org.frontdesk.security.SignInStep.Refused;
import org.frontdesk.security.SignInStep.SignedIn;
import org.frontdesk.security.SignInStep.WrongCode;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Staff passwords, for the sign-in page and HTTP Basic alike. The only authentication provider in the application,
 * so Spring Boot sets up no default user beside it.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private final SigningIn signingIn;

    StaffAuthenticationProvider(SigningIn signingIn) {
        this.signingIn = signingIn;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var channel = attempt.getDetails() instanceof StaffPageSignIn ? SignInChannel.STAFF_PAGES : SignInChannel.MACHINE_API;
        var password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        return switch (signingIn.checkPassword(attempt.getName(), password, channel)) {
            case SignedIn(var account) -> fullyAuthenticated(account);
            case CodeNeeded(var account) -> new SecondFactorPending(account.id(), account.username(), false);
            case EnrolmentNeeded(var account) -> new SecondFactorPending(account.id(), account.username(), true);
            // Messages stay vague on purpose: none says whether the name exists.
            case Refused(var reason) -> throw switch (reason) {
                case LOCKED -> new LockedException("Sign-in refused");
                case DISABLED -> new DisabledException("Sign-in refused");
                default -> new BadCredentialsException("Sign-in refused");
            };
            case WrongCode() -> throw new BadCredentialsException("Sign-in refused");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static Authentication fullyAuthenticated(StaffAccount account) {
        return UsernamePasswordAuthenticationToken.authenticated(account.username(), null, authoritiesOf(account.role()));
    }

    /** The role plus its permissions; pages and services check permissions, the header shows the role. */
    static Collection<GrantedAuthority> authoritiesOf(Role role) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority(StaffMember.ROLE_AUTHORITY_PREFIX + role.name()));
        role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.name())));
        return authorities;
    }
}
