package org.frontdesk.scheduling.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.frontdesk.scheduling.InvalidSetup;
import org.frontdesk.scheduling.LocationId;
import org.frontdesk.scheduling.LocationOnFile;
import org.frontdesk.scheduling.PracticeAdministration;
import org.frontdesk.scheduling.RoomId;
import org.frontdesk.scheduling.TimeZoneChoices;
import org.frontdesk.scheduling.UsStates;
import org.frontdesk.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Locations (address, US state, ZIP, time zone chosen from the IANA zones, US ones first) and the rooms at each.
 * Nothing is deleted: a location or room is deactivated once no booked appointment ahead needs it.
 */
@Controller
@PreAuthorize(Permission.READ_SCHEDULE)
class LocationSetupPages {

    /** A room form's messages, for the one room (or the new-room form of the one location) they belong to. */
    record RoomErrors(String target, java.util.Map<String, String> errors) {}

    private final PracticeAdministration practice;

    LocationSetupPages(PracticeAdministration practice) {
        this.practice = practice;
    }

    @GetMapping("/setup/locations")
    String locations(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LocationForm.empty());
        }
        prepare(model, null);
        return "setup/locations";
    }

    @PostMapping("/setup/locations")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String add(@ModelAttribute("form") LocationForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var details = ProviderSetupPages.valid(form.parse());
            practice.addLocation(details);
            redirect.addFlashAttribute("message", details.name() + " added. Add its rooms below.");
            return "redirect:/setup/locations";
        } catch (InvalidSetup e) {
            ProviderSetupPages.refused(model, response, e.fieldErrors());
            return locations(model);
        }
    }

    @GetMapping("/setup/locations/{id}")
    String location(@PathVariable String id, Model model) {
        var found = found(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", LocationForm.of(found));
        }
        prepare(model, found);
        return "setup/location";
    }

    @PostMapping("/setup/locations/{id}")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String change(@PathVariable String id, @ModelAttribute("form") LocationForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var found = found(id);
        try {
            practice.changeLocation(found.id(), ProviderSetupPages.valid(form.parse()));
            redirect.addFlashAttribute("message", "Saved.");
            return "redirect:/setup/locations/" + found.id();
        } catch (InvalidSetup e) {
            ProviderSetupPages.refused(model, response, e.fieldErrors());
            return location(id, model);
        }
    }

    @PostMapping("/setup/locations/{id}/rooms")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String addRoom(@PathVariable String id, @RequestParam(defaultValue = "") String name, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        var found = found(id);
        try {
            practice.addRoom(found.id(), name);
            redirect.addFlashAttribute("message", "Room added.");
            return "redirect:/setup/locations/" + found.id();
        } catch (InvalidSetup e) {
            ProviderSetupPages.refused(model, response, java.util.Map.of());
            model.addAttribute("roomErrors", new RoomErrors("new", e.fieldErrors()));
            model.addAttribute("roomName", name);
            return location(id, model);
        }
    }

    @PostMapping("/setup/rooms/{id}")
    @PreAuthorize(Permission.SET_UP_PRACTICE)
    String changeRoom(@PathVariable String id, @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable String active, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        var room = new RoomId(uuid(id, "Unknown room."));
        var location = practice.locations().stream().filter(l -> l.rooms().stream().anyMatch(r -> r.id().equals(room)))
                .findFirst().orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown room."));
        try {
            practice.changeRoom(room, name, SetupForm.ticked(active));
            redirect.addFlashAttribute("message", "Room saved.");
            return "redirect:/setup/locations/" + location.id();
        } catch (InvalidSetup e) {
            ProviderSetupPages.refused(model, response, java.util.Map.of());
            model.addAttribute("roomErrors", new RoomErrors(room.toString(), e.fieldErrors()));
            return location(location.id().toString(), model);
        }
    }

    private void prepare(Model model, @Nullable LocationOnFile location) {
        model.addAttribute("location", location);
        model.addAttribute("locations", practice.locations());
        model.addAttribute("states", UsStates.all());
        model.addAttribute("usZones", TimeZoneChoices.us());
        model.addAttribute("otherZones", TimeZoneChoices.others());
        model.addAttribute("section", "locations");
    }

    private LocationOnFile found(String id) {
        var location = new LocationId(uuid(id, "Unknown location."));
        return practice.locations().stream().filter(l -> l.id().equals(location)).findFirst()
                .orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, "Unknown location."));
    }

    private static UUID uuid(String text, String unknown) {
        return ScheduleInput.id(text).orElseThrow(() -> new UnreadableRequest(HttpStatus.NOT_FOUND, unknown));
    }
}
