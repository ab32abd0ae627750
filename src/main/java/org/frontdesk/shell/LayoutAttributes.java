package org.frontdesk.shell;

import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffMember;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: the practice's name and who is signed in with what they may open. */
@ControllerAdvice
class LayoutAttributes {

    private final PracticeProperties practice;

    LayoutAttributes(PracticeProperties practice) {
        this.practice = practice;
    }

    @ModelAttribute
    void addLayout(Model model) {
        model.addAttribute("practiceName", practice.name());
        var staff = StaffMember.current();
        model.addAttribute("staff", staff.orElse(null));
        model.addAttribute("mayReadPatients", staff.map(s -> s.role().may(Permission.PATIENT_READ)).orElse(false));
        model.addAttribute("mayWritePatients", staff.map(s -> s.role().may(Permission.PATIENT_WRITE)).orElse(false));
        model.addAttribute("mayReadSchedule", staff.map(s -> s.role().may(Permission.SCHEDULE_READ)).orElse(false));
        model.addAttribute("mayWriteSchedule", staff.map(s -> s.role().may(Permission.SCHEDULE_WRITE)).orElse(false));
        model.addAttribute("mayOverbook", staff.map(s -> s.role().may(Permission.OVERBOOK)).orElse(false));
        model.addAttribute("maySetUpPractice", staff.map(s -> s.role().may(Permission.PRACTICE_SETUP)).orElse(false));
        model.addAttribute("mayReadAudit", staff.map(s -> s.role().may(Permission.AUDIT_READ)).orElse(false));
        model.addAttribute("mayAdministerStaff", staff.map(s -> s.role().may(Permission.STAFF_ADMIN)).orElse(false));
    }
}
