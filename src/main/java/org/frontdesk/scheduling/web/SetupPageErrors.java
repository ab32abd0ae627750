package org.frontdesk.scheduling.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** What a set-up page cannot answer (an unknown id, a malformed link) as a readable page, never a stack trace. */
@ControllerAdvice(assignableTypes = {ProviderSetupPages.class, LocationSetupPages.class, TypeSetupPages.class,
        TemplatePages.class, HolidayPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SetupPageErrors {

    @ExceptionHandler
    ModelAndView unreadable(UnreadableRequest e) {
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView malformed(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "The request was incomplete or malformed; open the page again from the"
                + " menu.");
    }

    private static ModelAndView problem(HttpStatus status, String message) {
        var page = new ModelAndView("setup/problem");
        page.addObject("problem", message);
        page.setStatus(status);
        return page;
    }
}
