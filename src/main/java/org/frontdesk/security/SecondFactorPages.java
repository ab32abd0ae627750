package org.frontdesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.frontdesk.security.SignInStep.Refused;
import org.frontdesk.security.SignInStep.SignedIn;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: the authenticator code, or setting one up for an administrator who has none. Only
 * someone holding a {@link SecondFactorPending} reaches these pages.
 */
@Controller
class SecondFactorPages {

    /** The secret being set up lives in the session until its first code confirms it. */
    static final String ENROLLING_SECRET = SecondFactorPages.class.getName() + ".secret";

    private final SigningIn signingIn;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorPages(SigningIn signingIn) {
        this.signingIn = signingIn;
    }

    @GetMapping("/mfa")
    String codePage() {
        return "security/mfa";
    }

    @PostMapping("/mfa")
    String checkCode(@RequestParam(defaultValue = "") String code, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        var pending = pending();
        return switch (signingIn.checkCode(pending.accountId(), code)) {
            case SignedIn(var account) -> completeSignIn(account, request, response);
            case Refused(var reason) -> signOut(request, response);
            default -> {
                model.addAttribute("wrongCode", true);
                yield "security/mfa";
            }
        };
    }

    @GetMapping("/mfa/enroll")
    String enrolPage(Model model, HttpSession session) {
        var pending = pending();
        var secret = session.getAttribute(ENROLLING_SECRET) instanceof String s ? s : Totp.newSecret();
        session.setAttribute(ENROLLING_SECRET, secret);
        model.addAttribute("secret", secret);
        model.addAttribute("keyUri", Totp.keyUri(pending.getName(), secret));
        model.addAttribute("action", "/mfa/enroll");
        model.addAttribute("required", pending.enrolment());
        return "security/enrol";
    }

    @PostMapping("/mfa/enroll")
    String confirmEnrolment(@RequestParam(defaultValue = "") String code, Model model, HttpSession session,
            HttpServletRequest request, HttpServletResponse response) {
        var pending = pending();
        if (!(session.getAttribute(ENROLLING_SECRET) instanceof String secret)) {
            return "redirect:/mfa/enroll";
        }
        return switch (signingIn.confirmEnrolment(pending.accountId(), secret, code, true)) {
            case SignedIn(var account) -> {
                session.removeAttribute(ENROLLING_SECRET);
                yield completeSignIn(account, request, response);
            }
            case Refused(var reason) -> signOut(request, response);
            default -> {
                model.addAttribute("wrongCode", true);
                yield enrolPage(model, session);
            }
        };
    }

    private String completeSignIn(StaffAccount account, HttpServletRequest request, HttpServletResponse response) {
        // A new session id once the second factor is in, as after the password: no one can ride on the old one.
        request.changeSessionId();
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(StaffAuthenticationProvider.fullyAuthenticated(account));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:" + SignInRedirects.targetAfterSignIn(request, response);
    }

    /** Locked out (or disabled meanwhile): the half sign-in ends here. */
    private String signOut(HttpServletRequest request, HttpServletResponse response) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        // As on signing out: without the old cookie the sign-in page is a fresh start, not an "expired session".
        new CookieClearingLogoutHandler("JSESSIONID").logout(request, response, authentication);
        return "redirect:/login?error";
    }

    private static SecondFactorPending pending() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending) {
            return pending;
        }
        throw new IllegalStateException("The MFA pages are only for a sign-in in progress");
    }
}
