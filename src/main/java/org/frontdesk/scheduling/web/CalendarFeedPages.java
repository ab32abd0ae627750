package org.frontdesk.scheduling.web;

import java.util.UUID;
import org.frontdesk.scheduling.CalendarFeeds;
import org.frontdesk.scheduling.PracticeDirectory;
import org.frontdesk.scheduling.Provider;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.security.Permission;
import org.frontdesk.security.StaffMember;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Each provider's calendar feed: issue a link (shown once, on the page that issued it, never in a redirect or a
 * URL of ours), or revoke it. Staff with SCHEDULE_WRITE issue and revoke; SCHEDULE_READ sees which feeds are live.
 */
@Controller
class CalendarFeedPages {

    private static final String PAGE = "scheduling/calendar-feeds";

    /** A provider's row: the feed, when one is live. */
    record Row(Provider provider, CalendarFeeds.@Nullable Feed feed) {}

    /** The newly issued link, for the one page that shows it. */
    record Issued(String providerName, String url, String webcal) {}

    private final PracticeDirectory directory;
    private final CalendarFeeds feeds;

    CalendarFeedPages(PracticeDirectory directory, CalendarFeeds feeds) {
        this.directory = directory;
        this.feeds = feeds;
    }

    @GetMapping("/scheduling/calendar-feeds")
    String page(Model model) {
        model.addAttribute("rows", directory.providers().stream()
                .map(p -> new Row(p, feeds.live(p.id()).orElse(null))).toList());
        model.addAttribute("mayWrite", StaffMember.current()
                .map(s -> s.role().may(Permission.SCHEDULE_WRITE)).orElse(false));
        return PAGE;
    }

    @PostMapping("/scheduling/calendar-feeds/{provider}/issue")
    String issue(@PathVariable UUID provider, Model model) {
        var issued = feeds.issue(new ProviderId(provider));
        var url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/calendar/{token}.ics")
                .buildAndExpand(issued.token()).toUriString();
        var name = directory.provider(issued.provider()).map(Provider::name).orElse("the provider");
        model.addAttribute("issued", new Issued(name, url, url.replaceFirst("^https?://", "webcal://")));
        return page(model);
    }

    @PostMapping("/scheduling/calendar-feeds/{provider}/revoke")
    String revoke(@PathVariable UUID provider, RedirectAttributes redirect) {
        var revoked = feeds.revoke(new ProviderId(provider));
        redirect.addFlashAttribute(revoked ? "message" : "problem",
                revoked ? "Calendar link revoked: calendars subscribed to it stop updating." : "No live link to revoke.");
        return "redirect:/scheduling/calendar-feeds";
    }
}
