package org.frontdesk.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled "true", "false", or blank for "on with the embedded database, off with an external one"
 * @param password the demo users' password; blank means generate one and print it once
 * @param patients how many synthetic patients the demo practice gets
 * @param scheduleDays how many days from today the demo calendars are booked about 70% full
 */
@ConfigurationProperties("frontdesk.demo")
public record DemoProperties(@Nullable String enabled, @Nullable String password, int patients,
        @DefaultValue("90") int scheduleDays) {

    boolean enabledFor(boolean embeddedDatabase) {
        if (enabled == null || enabled.isBlank()) {
            return embeddedDatabase;
        }
        return Boolean.parseBoolean(enabled.strip());
    }
}
