package org.frontdesk.security;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Collects the application events that the server publishes while a test runs, on whatever thread (Spring's
 * {@code @RecordApplicationEvents} sees only the test's own thread, not the server's).
 */
final class PublishedEvents implements ApplicationListener<PayloadApplicationEvent<?>>, AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final List<Object> events = new CopyOnWriteArrayList<>();

    private PublishedEvents(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static PublishedEvents listenTo(ConfigurableApplicationContext context) {
        var events = new PublishedEvents(context);
        context.addApplicationListener(events);
        return events;
    }

    @Override
    public void onApplicationEvent(PayloadApplicationEvent<?> event) {
        events.add(event.getPayload());
    }

    List<StaffSignInFailed> failuresOf(String username) {
        return events.stream().filter(e -> e instanceof StaffSignInFailed f && f.username().equals(username))
                .map(StaffSignInFailed.class::cast).toList();
    }

    List<StaffSignedIn> signInsOf(String username) {
        return events.stream().filter(e -> e instanceof StaffSignedIn s && s.username().equals(username))
                .map(StaffSignedIn.class::cast).toList();
    }

    List<StaffAccountChanged> changesOf(String username) {
        return events.stream().filter(e -> e instanceof StaffAccountChanged c && c.username().equals(username))
                .map(StaffAccountChanged.class::cast).toList();
    }

    @Override
    public void close() {
        context.removeApplicationListener(this);
    }
}
