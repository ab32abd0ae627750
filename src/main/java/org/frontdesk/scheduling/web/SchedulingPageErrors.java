package org.frontdesk.scheduling.web;

import org.frontdesk.scheduling.LocationNotFound;
import org.frontdesk.scheduling.ProviderNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns what a scheduling page cannot answer into a readable page with the right status, never a stack trace. Ahead
 * of the problem-details handler, which answers the APIs in JSON.
 */
@ControllerAdvice(assignableTypes = {FlowBoardPages.class, DaySheetPdf.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SchedulingPageErrors {

    @ExceptionHandler
    ModelAndView unreadable(UnreadableRequest e) {
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler
    ModelAndView unknownLocation(LocationNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown location.");
    }

    @ExceptionHandler
    ModelAndView unknownProvider(ProviderNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown provider.");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView malformed(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "The request was incomplete or malformed; open the page again from the menu.");
    }

    private static ModelAndView problem(HttpStatus status, String message) {
        var page = new ModelAndView("scheduling/problem");
        page.addObject("problem", message);
        page.setStatus(status);
        return page;
    }
}
