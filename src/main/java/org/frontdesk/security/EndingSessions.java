package org.frontdesk.security;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.stereotype.Component;

/**
 * A disabled account's open sessions end at their next click, not when they fall idle: someone who has left the
 * practice must not keep reading charts on a screen that was left signed in.
 */
@Component
class EndingSessions implements SessionInformationExpiredStrategy {

    static final String ENDED_PAGE = "/login?ended";

    private final SessionRegistry sessions;

    EndingSessions(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(StaffAccountChanged changed) {
        if (changed.change() == StaffAccountChanged.Change.DISABLED) {
            sessions.getAllSessions(changed.username(), true).forEach(SessionInformation::expireNow);
        }
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        var request = event.getRequest();
        var response = event.getResponse();
        // Drop the dead session's cookie, so the sign-in page does not take it for an idle timeout.
        var cookie = new Cookie("JSESSIONID", "");
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(0);
        response.addCookie(cookie);
        response.sendRedirect(request.getContextPath() + ENDED_PAGE);
    }
}
