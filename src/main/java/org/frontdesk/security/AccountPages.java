package org.frontdesk.security;

import jakarta.servlet.http.HttpSession;
import org.frontdesk.security.SignInStep.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "My account": who I am, and setting up an authenticator for two-step sign-in. */
@Controller
class AccountPages {

    private final StaffAccounts staff;
    private final SigningIn signingIn;

    AccountPages(StaffAccounts staff, SigningIn signingIn) {
        this.staff = staff;
        this.signingIn = signingIn;
    }

    @GetMapping("/account")
    String account(Model model) {
        model.addAttribute("account", me());
        return "security/account";
    }

    @GetMapping("/account/mfa")
    String enrolPage(Model model, HttpSession session) {
        var secret = session.getAttribute(SecondFactorPages.ENROLLING_SECRET) instanceof String s ? s : Totp.newSecret();
        session.setAttribute(SecondFactorPages.ENROLLING_SECRET, secret);
        model.addAttribute("secret", secret);
        model.addAttribute("keyUri", Totp.keyUri(me().username(), secret));
        model.addAttribute("action", "/account/mfa");
        model.addAttribute("required", false);
        return "security/enrol";
    }

    @PostMapping("/account/mfa")
    String confirmEnrolment(@RequestParam(defaultValue = "") String code, Model model, HttpSession session,
            RedirectAttributes redirect) {
        if (!(session.getAttribute(SecondFactorPages.ENROLLING_SECRET) instanceof String secret)) {
            return "redirect:/account/mfa";
        }
        if (signingIn.confirmEnrolment(me().id(), secret, code, false) instanceof SignedIn) {
            session.removeAttribute(SecondFactorPages.ENROLLING_SECRET);
            redirect.addFlashAttribute("enrolled", true);
            return "redirect:/account";
        }
        model.addAttribute("wrongCode", true);
        return enrolPage(model, session);
    }

    private StaffAccount me() {
        return StaffMember.current().flatMap(member -> staff.find(member.username()))
                .orElseThrow(() -> new IllegalStateException("Signed in without an account"));
    }
}
