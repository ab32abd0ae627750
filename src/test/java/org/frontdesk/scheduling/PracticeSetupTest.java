package org.frontdesk.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The set-up tables refuse what the office could never mean, whatever wrote the row. */
@FrontdeskTest
class PracticeSetupTest {

    @Autowired
    PracticeSetup setup;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProviderIsStoredWithTheTypesTheyOffer() {
        var type = setup.addType("Telehealth follow-up " + UUID.randomUUID(), 15, "#0099aa", true);
        var provider = setup.addProvider("Test Provider", "NP", "Family medicine", SchedulingFixture.freshNpi(),
                "#112233");
        assertThat(setup.offers(provider, type)).isFalse();

        setup.offer(provider, type);
        setup.offer(provider, type); // twice is harmless

        assertThat(setup.offers(provider, type)).isTrue();
        assertThat(setup.providerIsActive(provider)).isTrue();
        assertThat(setup.defaultMinutes(type)).contains(15);
    }

    @Test
    void twoProvidersNeverShareAnNpi() {
        var npi = SchedulingFixture.freshNpi();
        setup.addProvider("First Provider", "MD", null, npi, "#112233");

        var refused = catchThrowable(() -> setup.addProvider("Second Provider", "MD", null, npi, "#112233"));

        assertThat(sqlState(refused)).isEqualTo("23505"); // unique_violation
    }

    @Test
    void theDatabaseRefusesAMalformedNpiAndAZeroLengthType() {
        var badNpi = catchThrowable(() -> jdbc.sql("INSERT INTO provider (id, name, npi, colour)"
                + " VALUES (:id, 'Test', '3234567893', '#112233')").param("id", UUID.randomUUID()).update());
        var zeroMinutes = catchThrowable(() -> jdbc.sql("INSERT INTO appointment_type (id, name, default_minutes,"
                + " colour) VALUES (:id, :name, 0, '#112233')").param("id", UUID.randomUUID())
                .param("name", "Nothing " + UUID.randomUUID()).update());

        assertThat(sqlState(badNpi)).isEqualTo("23514"); // check_violation
        assertThat(sqlState(zeroMinutes)).isEqualTo("23514");
    }

    @Test
    void aRoomBelongsToItsLocation() {
        var location = setup.addLocation("Annex " + UUID.randomUUID(), null, null, null, null,
                ZoneId.of("America/Chicago"));
        var room = setup.addRoom(location, "Exam 1");

        assertThat(setup.roomPlace(room)).contains(new PracticeSetup.RoomPlace(location, true));
        assertThat(setup.roomPlace(RoomId.random())).isEmpty();
    }

    private static @Nullable String sqlState(@Nullable Throwable thrown) {
        assertThat(thrown).as("the database refused the row").isNotNull();
        return NestedExceptionUtils.getMostSpecificCause(thrown) instanceof SQLException sql ? sql.getSQLState() : null;
    }
}
