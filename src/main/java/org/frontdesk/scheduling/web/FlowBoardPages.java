package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.frontdesk.scheduling.AppointmentChangedSinceRead;
import org.frontdesk.scheduling.AppointmentNotFound;
import org.frontdesk.scheduling.Appointments;
import org.frontdesk.scheduling.FlowBoard;
import org.frontdesk.scheduling.FlowBoard.Board;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.TransitionRefused;
import org.frontdesk.scheduling.Visit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The flow board: today's appointments at a location and where each patient is. The page polls
 * {@code /flow/board} every few seconds with the board's change mark and gets 204 (nothing disclosed, nothing
 * audited) until an appointment on it changes; then the new board replaces the old one. The buttons post a step with
 * the version the clerk saw, so a change made at another desk in between is reported, never overwritten.
 * Without JavaScript the same forms work as plain posts that redirect back to the board.
 */
@Controller
class FlowBoardPages {

    static final String STALE = "Someone at another desk changed this appointment since you looked, so nothing was"
            + " changed. The board below shows it as it is now; check it and try again.";

    private final FlowBoard flowBoard;
    private final Appointments appointments;
    private final Clock clock;
    private final Duration idleTimeout;

    FlowBoardPages(FlowBoard flowBoard, Appointments appointments, Clock clock,
            @Value("${server.servlet.session.timeout:15m}") Duration idleTimeout) {
        this.flowBoard = flowBoard;
        this.appointments = appointments;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    @GetMapping("/flow")
    String page(@RequestParam(required = false) @Nullable String location,
            @RequestParam(required = false) @Nullable String provider, Model model) {
        var locations = flowBoard.locations();
        model.addAttribute("locations", locations);
        model.addAttribute("providers", flowBoard.providers());
        model.addAttribute("today", LocalDate.now(clock));
        if (locations.isEmpty()) {
            return "scheduling/flow";
        }
        var place = location == null || location.isBlank() ? locations.getFirst().id()
                : PageParameters.location(location);
        addBoard(model.asMap(), flowBoard.today(place, PageParameters.optionalProvider(provider)),
                (String) model.getAttribute("changed"));
        return "scheduling/flow";
    }

    /** The board alone, for the page's polling: 204 while nothing on it changed since {@code since}. */
    @GetMapping("/flow/board")
    @Nullable ModelAndView board(@RequestParam String location,
            @RequestParam(required = false) @Nullable String provider,
            @RequestParam(required = false) @Nullable String since, HttpServletResponse response) {
        var place = PageParameters.location(location);
        var who = PageParameters.optionalProvider(provider);
        if (since != null && since.equals(flowBoard.changeMark(place, who))) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return null;
        }
        var fragment = fragment(HttpStatus.OK);
        addBoard(fragment.getModel(), flowBoard.today(place, who), null);
        return fragment;
    }

    /** Moves a patient one step along (check in, room, start visit, check out, no-show). */
    @PostMapping("/flow/appointments/{id}")
    ModelAndView move(@PathVariable String id, @RequestParam String step, @RequestParam int version,
            @RequestParam String location, @RequestParam(required = false) @Nullable String provider,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx, RedirectAttributes redirect) {
        var action = Step.of(step).orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown step."));
        var appointment = PageParameters.appointment(id);
        var place = PageParameters.location(location);
        var who = PageParameters.optionalProvider(provider);
        var status = HttpStatus.OK;
        String problem = null;
        boolean stale = false;
        try {
            action.take(appointments, appointment, version);
        } catch (AppointmentChangedSinceRead e) {
            status = HttpStatus.CONFLICT;
            problem = STALE;
            stale = true;
        } catch (TransitionRefused e) {
            status = HttpStatus.CONFLICT;
            problem = "This visit is " + StatusLabel.of(e.from()) + ", so it cannot become "
                    + StatusLabel.of(e.to()) + ". Nothing was changed.";
        } catch (AppointmentNotFound e) {
            status = HttpStatus.NOT_FOUND;
            problem = "This appointment is not on file any more. Nothing was changed.";
        }
        var board = flowBoard.today(place, who);
        var shown = board.visits().stream().filter(v -> v.id().equals(appointment)).findFirst();
        var name = shown.map(Visit::patientName).orElse(null);
        var message = problem == null ? action.done() + (name == null ? "" : ": " + name) + "." : null;
        if (stale && shown.isPresent()) {
            problem = "Someone at another desk changed this appointment since you looked ("
                    + (name == null ? "it" : name) + " is now " + StatusLabel.of(shown.get().status())
                    + "). Nothing was changed; check the board and try again.";
        }
        if (!htmx) {
            redirect.addFlashAttribute("changed", appointment.toString());
            if (message != null) {
                redirect.addFlashAttribute("message", message);
            }
            if (problem != null) {
                redirect.addFlashAttribute("problem", problem);
            }
            return new ModelAndView("redirect:" + boardLink(place, who));
        }
        var fragment = fragment(status);
        addBoard(fragment.getModel(), board, appointment.toString());
        fragment.addObject("message", message);
        fragment.addObject("problem", problem);
        return fragment;
    }

    private void addBoard(Map<String, Object> model, Board board, @Nullable String changed) {
        model.put("view", BoardView.of(board, changed));
        model.put("idleSeconds", idleTimeout.toSeconds());
    }

    private static ModelAndView fragment(HttpStatus status) {
        var fragment = new ModelAndView("scheduling/flow-board :: board");
        fragment.setStatus(status);
        return fragment;
    }

    static String boardLink(LocationId location, @Nullable ProviderId provider) {
        var link = UriComponentsBuilder.fromPath("/flow").queryParam("location", location);
        if (provider != null) {
            link.queryParam("provider", provider);
        }
        return link.build().toUriString();
    }
}
