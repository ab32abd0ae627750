package org.frontdesk.shell;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    /** The practice's clock: {@code LocalDate.now(clock)} is the practice's today, wherever the server runs. */
    @Bean
    Clock clock(PracticeProperties practice) {
        return Clock.system(practice.zone());
    }
}
