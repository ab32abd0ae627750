package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.patients.Patients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The practice's directory, and the rule that a provider's default type is one the provider offers. */
@FrontdeskTest
@WithMockUser(username = "frontdesk", authorities = {"ROLE_FRONT_DESK", "SCHEDULE_READ", "SCHEDULE_WRITE"})
class PracticeDirectoryTest {

    @Autowired
    PracticeDirectory directory;

    @Autowired
    PracticeSetup setup;

    @Autowired
    Patients patients;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    SchedulingFixture fixture;
    SchedulingFixture.Practice practice;

    @BeforeEach
    void practice() {
        fixture = new SchedulingFixture(setup, patients, clock);
        practice = fixture.practice();
    }

    @Test
    void aProvidersDefaultTypeMustBeOneTheProviderOffers() {
        var notOffered = fixture.practice().type();

        assertThatThrownBy(() -> setup.setDefaultType(practice.provider(), notOffered))
                .isInstanceOf(IllegalArgumentException.class);
        // and the database refuses it whatever the code path
        assertThatThrownBy(() -> jdbc.sql("UPDATE provider SET default_appointment_type_id = :t WHERE id = :p")
                .param("t", notOffered.value()).param("p", practice.provider().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(directory.provider(practice.provider()).orElseThrow().defaultType()).isNull();
    }

    @Test
    void anOfferingThatIsTheDefaultCannotBeWithdrawn() {
        setup.setDefaultType(practice.provider(), practice.type());

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM provider_appointment_type WHERE provider_id = :p")
                .param("p", practice.provider().value()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void bookingDefaultsAreTheProvidersTypeAndLocation() {
        var other = fixture.practice();
        fixture.defaults(practice.provider(), practice.type(), other.location());

        var defaults = directory.bookingDefaults(practice.provider()).orElseThrow();

        assertThat(defaults.type()).isEqualTo(practice.type());
        assertThat(defaults.location()).isEqualTo(other.location());
        assertThat(directory.bookingDefaults(ProviderId.random())).isEmpty();
    }

    @Test
    void theDirectoryKnowsRoomsAndTheirLocations() {
        assertThat(directory.locationOfRoom(practice.room())).contains(practice.location());
        assertThat(directory.locationOfRoom(new RoomId(practice.location().value()))).isEmpty();
        assertThat(directory.rooms()).extracting(Room::id).contains(practice.room());
        assertThat(directory.location(practice.location()).orElseThrow().zone()).isEqualTo(SchedulingFixture.ZONE);
        assertThat(directory.types()).extracting(AppointmentType::id).contains(practice.type());
    }

    @Test
    @WithMockUser(username = "admin", authorities = {"ROLE_ADMIN", "AUDIT_READ", "STAFF_ADMIN"})
    void theAdministratorCannotReadTheDirectory() {
        assertThatThrownBy(() -> directory.providers()).isInstanceOf(AccessDeniedException.class);
    }
}
