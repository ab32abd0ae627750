package org.frontdesk.shell;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The practice this installation serves; its zone decides what "today" is. */
@ConfigurationProperties("frontdesk.practice")
public record PracticeProperties(String name, ZoneId zone) {}
