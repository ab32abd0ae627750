package org.frontdesk.scheduling.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.frontdesk.scheduling.AppointmentTypeDetails;
import org.frontdesk.scheduling.AppointmentTypeOnFile;
import org.frontdesk.scheduling.InvalidSetup;
import org.frontdesk.scheduling.ProviderId;
import org.frontdesk.scheduling.VideoLink;
import org.jspecify.annotations.Nullable;

/** The appointment type form as the office manager filled it in. */
record TypeForm(@Nullable String name, @Nullable String defaultMinutes, @Nullable String colour,
        @Nullable String telemedicine, @Nullable String videoLink, @Nullable List<String> offeredBy,
        @Nullable String active) {

    static TypeForm empty() {
        return new TypeForm("", "30", "#3366cc", null, "", List.of(), "true");
    }

    static TypeForm of(AppointmentTypeOnFile type) {
        var d = type.details();
        return new TypeForm(d.name(), Integer.toString(d.defaultMinutes()), d.colour(),
                Boolean.toString(d.telemedicine()), d.videoLink() == null ? "" : d.videoLink().toString(),
                d.offeredBy().stream().map(Object::toString).sorted().toList(), Boolean.toString(d.active()));
    }

    public boolean isActive() {
        return SetupForm.ticked(active);
    }

    public boolean isTelemedicine() {
        return SetupForm.ticked(telemedicine);
    }

    public boolean offeredBy(Object provider) {
        return offeredBy != null && offeredBy.contains(provider.toString());
    }

    SetupForm<AppointmentTypeDetails> parse() {
        var errors = new LinkedHashMap<String, String>();
        int minutes = 0;
        try {
            minutes = Integer.parseInt(SetupForm.text(defaultMinutes).strip());
        } catch (NumberFormatException e) {
            errors.put("defaultMinutes", "Enter the duration in whole minutes, e.g. 30.");
        }
        VideoLink link = null;
        if (!ScheduleInput.blank(videoLink)) {
            if (!isTelemedicine()) {
                errors.put("videoLink", "Only a telemedicine type has a video link; tick Telemedicine or clear it.");
            } else {
                try {
                    link = VideoLink.of(videoLink);
                } catch (InvalidSetup e) {
                    errors.putAll(e.fieldErrors());
                }
            }
        }
        var providers = ProviderForm.ids(offeredBy, errors, "offeredBy", "Unknown provider.").stream()
                .map(ProviderId::new).collect(Collectors.toSet());
        int length = errors.containsKey("defaultMinutes") ? 30 : minutes;
        var chosenLink = link;
        return SetupForm.of(errors, () -> new AppointmentTypeDetails(SetupForm.text(name), length,
                SetupForm.text(colour), isTelemedicine(), chosenLink, providers, isActive()));
    }
}
