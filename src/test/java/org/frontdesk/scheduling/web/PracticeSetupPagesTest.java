package org.frontdesk.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontdesk.scheduling.web.CalendarWeb.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.scheduling.SchedulingFixture;
import org.frontdesk.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The providers, locations, rooms and types pages over MockMvc through the real security filters: the office manager
 * sets the practice up; bad input comes back beside its field with nothing stored, whether the form, the domain or
 * the database refused it.
 */
@FrontdeskTest
class PracticeSetupPagesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    SchedulingFixture fixture;
    SchedulingFixture.Practice practice;

    @BeforeEach
    void setUp() {
        mvc = CalendarWeb.mvc(context);
        fixture = SchedulingFixture.of(context);
        practice = fixture.practice();
    }

    @Test
    void theManagerAddsAProviderWithAValidNpiTheTypesTheyOfferAndTheirDefaults() throws Exception {
        var npi = SchedulingFixture.freshNpi().value();
        var name = "Wren Okonkwo " + UUID.randomUUID().toString().substring(0, 6);

        mvc.perform(post("/setup/providers").with(csrf()).with(as(Role.MANAGER)).param("name", name)
                        .param("credentials", "DO").param("specialty", "Pediatrics").param("npi", npi)
                        .param("colour", "#AA3377").param("active", "true").param("offers", id(practice.type()))
                        .param("defaultType", id(practice.type())).param("defaultLocation", id(practice.location())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/setup/providers/*/template"));

        var row = jdbc.sql("SELECT credentials, colour, created_by, default_appointment_type_id,"
                        + " default_location_id FROM provider WHERE npi = :npi")
                .param("npi", npi).query().singleRow();
        assertThat(row).containsEntry("credentials", "DO").containsEntry("colour", "#aa3377")
                .containsEntry("created_by", "manager-calendar-test")
                .containsEntry("default_appointment_type_id", practice.type().value())
                .containsEntry("default_location_id", practice.location().value());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE resource_type = 'Provider' AND action = 'CREATE'"
                        + " AND username = 'manager-calendar-test' AND resource_id = (SELECT id::text FROM provider"
                        + " WHERE npi = :npi)").param("npi", npi).query(Long.class).single())
                .as("who added the provider is in the audit trail").isEqualTo(1);
    }

    @Test
    void aWrongNpiIsNamedBesideTheFieldAndNothingIsStored() throws Exception {
        var name = "Typo Provider " + UUID.randomUUID().toString().substring(0, 6);

        var page = mvc.perform(post("/setup/providers").with(csrf()).with(as(Role.MANAGER)).param("name", name)
                        .param("npi", "1234567890").param("colour", "#3366cc").param("active", "true"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"npi-error\"", "its check digit does not match")
                .contains("Nothing was saved").contains("value=\"" + name + "\"");
        assertThat(count("provider", "name", name)).isZero();
    }

    @Test
    void anNpiAnotherProviderHasIsRefusedByTheDatabaseAndShownBesideTheField() throws Exception {
        var taken = jdbc.sql("SELECT npi FROM provider WHERE id = :id").param("id", practice.provider().value())
                .query(String.class).single();
        var name = "Second Holder " + UUID.randomUUID().toString().substring(0, 6);

        var page = mvc.perform(post("/setup/providers").with(csrf()).with(as(Role.MANAGER)).param("name", name)
                        .param("npi", taken).param("colour", "#3366cc").param("active", "true"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"npi-error\"", "Another provider has this NPI.");
        assertThat(count("provider", "name", name)).isZero();
    }

    @Test
    void aTimeZoneThatIsNotOnTheListIsRefusedAndNoLocationIsStored() throws Exception {
        var name = "Olympus Clinic " + UUID.randomUUID().toString().substring(0, 6);

        var page = mvc.perform(post("/setup/locations").with(csrf()).with(as(Role.MANAGER)).param("name", name)
                        .param("state", "NY").param("postalCode", "1001").param("zone", "Mars/Olympus_Mons")
                        .param("active", "true"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"zone-error\"", "Choose a time zone from the list")
                .contains("id=\"postalCode-error\"", "Enter a ZIP code");
        assertThat(count("location", "name", name)).isZero();
    }

    @Test
    void theManagerAddsALocationInAUsZoneAndRoomsThere() throws Exception {
        var name = "Lakeside " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/setup/locations").with(csrf()).with(as(Role.MANAGER)).param("name", name)
                        .param("addressLine1", "12 Shore Rd").param("city", "Duluth").param("state", "MN")
                        .param("postalCode", "55802").param("zone", "America/Chicago").param("active", "true"))
                .andExpect(status().is3xxRedirection());
        var location = jdbc.sql("SELECT id FROM location WHERE name = :name").param("name", name)
                .query(UUID.class).single();

        mvc.perform(post("/setup/locations/" + location + "/rooms").with(csrf()).with(as(Role.MANAGER))
                .param("name", "Exam 1")).andExpect(status().is3xxRedirection());
        var twice = mvc.perform(post("/setup/locations/" + location + "/rooms").with(csrf()).with(as(Role.MANAGER))
                        .param("name", "Exam 1"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(twice).as("the database's unique key, as a message beside the field")
                .contains("This location already has a room of that name.");
        assertThat(jdbc.sql("SELECT time_zone FROM location WHERE id = :id").param("id", location)
                .query(String.class).single()).isEqualTo("America/Chicago");
        assertThat(jdbc.sql("SELECT count(*) FROM room WHERE location_id = :id").param("id", location)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTelemedicineTypeTakesOnlyAnHttpsVideoLink() throws Exception {
        var name = "Video follow-up " + UUID.randomUUID().toString().substring(0, 6);

        var page = mvc.perform(post("/setup/types").with(csrf()).with(as(Role.MANAGER)).param("name", name)
                        .param("defaultMinutes", "20").param("colour", "#118866").param("telemedicine", "true")
                        .param("videoLink", "http://video.example.org/room").param("active", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"videoLink-error\"", "starts with https://");
        assertThat(count("appointment_type", "name", name)).isZero();

        mvc.perform(post("/setup/types").with(csrf()).with(as(Role.MANAGER)).param("name", name)
                        .param("defaultMinutes", "20").param("colour", "#118866").param("telemedicine", "true")
                        .param("videoLink", "https://video.example.org/room").param("offeredBy", id(practice.provider()))
                        .param("active", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT video_link FROM appointment_type WHERE name = :name").param("name", name)
                .query(String.class).single()).isEqualTo("https://video.example.org/room");
        assertThat(jdbc.sql("SELECT count(*) FROM provider_appointment_type o JOIN appointment_type t"
                + " ON t.id = o.appointment_type_id WHERE t.name = :name AND o.provider_id = :p")
                .param("name", name).param("p", practice.provider().value()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void onlyTheManagerChangesTheSetUpAndAnAdministratorSeesNone() throws Exception {
        for (var role : new Role[] {Role.FRONT_DESK, Role.BILLING, Role.PROVIDER}) {
            var name = "Not Allowed " + role;
            mvc.perform(post("/setup/providers").with(csrf()).with(as(role)).param("name", name)
                            .param("npi", SchedulingFixture.freshNpi().value()).param("colour", "#3366cc"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/setup/locations").with(csrf()).with(as(role)).param("name", name)
                            .param("zone", "America/Denver"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/setup/types").with(csrf()).with(as(role)).param("name", name)
                            .param("defaultMinutes", "15").param("colour", "#3366cc"))
                    .andExpect(status().isForbidden());
            assertThat(count("provider", "name", name) + count("location", "name", name)
                    + count("appointment_type", "name", name)).isZero();
            mvc.perform(get("/setup/providers").with(as(role))).andExpect(status().isOk());
        }
        mvc.perform(get("/setup/providers").with(as(Role.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/setup/providers/" + practice.provider() + "/template").with(as(Role.ADMIN)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNavigationOffersPracticeSetUpToTheManagerAndTheFrontDeskOnly() throws Exception {
        assertThat(page(Role.MANAGER)).contains("id=\"nav-setup\"");
        assertThat(page(Role.FRONT_DESK)).contains("id=\"nav-setup\"");
        assertThat(page(Role.BILLING)).doesNotContain("id=\"nav-setup\"");
        assertThat(page(Role.PROVIDER)).doesNotContain("id=\"nav-setup\"");
    }

    @Test
    void aProviderWithAppointmentsAheadIsNotDeactivated() throws Exception {
        var patient = fixture.patient();
        CalendarWeb.book(context.getBean(org.frontdesk.scheduling.Appointments.class),
                org.frontdesk.scheduling.BookingRequest.of(patient, practice.provider(), practice.location(), null,
                        practice.type(), fixture.at(6, 10, 0), null));
        var npi = jdbc.sql("SELECT npi FROM provider WHERE id = :id").param("id", practice.provider().value())
                .query(String.class).single();

        var page = mvc.perform(post("/setup/providers/" + practice.provider()).with(csrf()).with(as(Role.MANAGER))
                        .param("name", "Test Provider").param("npi", npi).param("colour", "#cc6633")
                        .param("offers", id(practice.type())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"active-error\"", "1 booked appointment ahead refers to this provider");
        assertThat(jdbc.sql("SELECT active FROM provider WHERE id = :id").param("id", practice.provider().value())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aRoomTakenOutOfUseTakesNoNewBookings() throws Exception {
        mvc.perform(post("/setup/rooms/" + practice.room()).with(csrf()).with(as(Role.MANAGER))
                .param("name", "Exam closed")).andExpect(status().is3xxRedirection());

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.frontdesk.scheduling.InvalidBooking.class, () -> CalendarWeb.book(
                        context.getBean(org.frontdesk.scheduling.Appointments.class),
                        org.frontdesk.scheduling.BookingRequest.of(fixture.patient(), practice.provider(),
                                practice.location(), practice.room(), practice.type(), fixture.at(5, 10, 0), null)));

        assertThat(refused.fieldErrors()).containsEntry("room", "This room is no longer in use.");
        assertThat(jdbc.sql("SELECT active FROM room WHERE id = :id").param("id", practice.room().value())
                .query(Boolean.class).single()).isFalse();
    }

    private String page(Role role) throws Exception {
        return mvc.perform(get("/").with(as(role))).andReturn().getResponse().getContentAsString();
    }

    private long count(String table, String column, String value) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = :v").param("v", value)
                .query(Long.class).single();
    }

    private static String id(Object id) {
        return id.toString();
    }
}
