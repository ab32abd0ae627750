package org.frontdesk.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.frontdesk.audit.web.AuditPagesIntegrationTest.probeUser;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.frontdesk.FrontdeskTest;
import org.frontdesk.audit.AuditAction;
import org.frontdesk.audit.AuditFilter;
import org.frontdesk.audit.AuditLog;
import org.frontdesk.audit.AuditRecord;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.PatientDraft;
import org.frontdesk.patients.PatientFixture;
import org.frontdesk.patients.Patients;
import org.frontdesk.patients.Registration;
import org.frontdesk.security.Permission;
import org.frontdesk.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every staff-page endpoint of the patients module either writes an audit entry naming the patient, or is listed
 * here as touching no patient data. The endpoints are read from Spring MVC's own mapping, so a new one fails this
 * test until someone decides which it is.
 */
@FrontdeskTest
class PatientEndpointsAuditTest {

    private static final String PATIENTS_PACKAGE = "org.frontdesk.patients";

    /** Pages that show no patient's data, with the reason they write no entry. */
    private static final Map<String, String> TOUCH_NO_PATIENT_DATA = Map.of(
            "GET /patients", "the empty search form",
            "GET /patients/new", "the empty registration form");

    @Autowired
    WebApplicationContext context;

    @Autowired
    Patients patients;

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    String clerk;

    @BeforeEach
    void setUp() {
        mvc = AuditWeb.mvc(context);
        clerk = probeUser();
    }

    interface Walk {
        void walk() throws Exception;
    }

    private Map<String, Walk> walks() {
        return Map.of(
                "GET /patients/{id}", this::showingAPatientIsARead,
                "GET /patients/{id}/edit", this::openingTheEditorIsARead,
                "POST /patients/search", this::searchingRecordsThePatientsFound,
                "POST /patients", this::registeringIsACreate,
                "POST /patients/{id}", this::savingChangesIsAnUpdate,
                "POST /patients/{id}/active", this::markingInactiveIsAnUpdate);
    }

    @TestFactory
    Stream<DynamicTest> everyPatientEndpointWritesAnAuditEntry() {
        var walks = walks();
        return patientEndpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            if (walks.containsKey(endpoint)) {
                walks.get(endpoint).walk();
            } else if (!TOUCH_NO_PATIENT_DATA.containsKey(endpoint)) {
                fail(endpoint + " is new: give it an audit walk here, or list it as touching no patient data");
            }
        }));
    }

    /** Keeps the lists honest: each names only endpoints that exist, so none is covered by a stale entry. */
    @Test
    void theListsNameOnlyEndpointsThatExist() {
        var endpoints = patientEndpoints();

        assertThat(endpoints).containsAll(walks().keySet()).containsAll(TOUCH_NO_PATIENT_DATA.keySet());
    }

    void markingInactiveIsAnUpdate() throws Exception {
        var patient = registered();
        long mark = lastId();

        perform(post("/patients/" + patient.id() + "/active").param("version", String.valueOf(patient.version()))
                .param("active", "false").with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(entriesSince(mark)).singleElement().satisfies(entry -> isAbout(entry, AuditAction.UPDATE, patient));
    }

    void showingAPatientIsARead() throws Exception {
        var patient = registered();
        long mark = lastId();

        perform(get("/patients/" + patient.id())).andExpect(status().isOk());

        assertThat(entriesSince(mark)).singleElement().satisfies(entry -> isAbout(entry, AuditAction.READ, patient));
    }

    void openingTheEditorIsARead() throws Exception {
        var patient = registered();
        long mark = lastId();

        perform(get("/patients/" + patient.id() + "/edit")).andExpect(status().isOk());

        assertThat(entriesSince(mark)).singleElement().satisfies(entry -> isAbout(entry, AuditAction.READ, patient));
    }

    void searchingRecordsThePatientsFound() throws Exception {
        var patient = registered();
        long mark = lastId();

        perform(post("/patients/search").param("q", patient.mrn().value()).with(csrf())).andExpect(status().isOk());

        assertThat(entriesSince(mark)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
            assertThat(entry.patientIds()).contains(patient.id().value());
            assertThat(entry.detail()).doesNotContain(patient.mrn().value());
        });
    }

    void registeringIsACreate() throws Exception {
        long mark = lastId();

        var location = perform(form(post("/patients"), PatientFixture.draft())
                .param("duplicateReason", "audit walk: a test patient").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();

        var id = UUID.fromString(location.replaceAll("^/patients/([0-9a-f-]+).*$", "$1"));
        assertThat(entriesSince(mark)).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
            assertThat(entry.patientIds()).containsExactly(id);
        });
    }

    void savingChangesIsAnUpdate() throws Exception {
        var patient = registered();
        long mark = lastId();

        perform(form(post("/patients/" + patient.id()), PatientFixture.draft())
                .param("version", Integer.toString(patient.version())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(entriesSince(mark)).singleElement().satisfies(entry -> isAbout(entry, AuditAction.UPDATE, patient));
    }

    private Set<String> patientEndpoints() {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var endpoints = new TreeSet<String>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith(PATIENTS_PACKAGE)) {
                var methods = info.getMethodsCondition().getMethods();
                for (var path : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + path);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + path));
                }
            }
        });
        return endpoints;
    }

    private ResultActions perform(MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(AuditWeb.frontDesk(clerk)));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, PatientDraft draft) {
        for (var component : PatientDraft.class.getRecordComponents()) {
            try {
                if (component.getAccessor().invoke(draft) instanceof String value) {
                    request.param(component.getName(), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return request;
    }

    private Patient registered() {
        var registration = SystemTask.run(List.of(Permission.PATIENT_WRITE, Permission.PATIENT_READ),
                () -> patients.register(PatientFixture.draft(), "audit walk: a test patient"));
        return ((Registration.Registered) registration).patient();
    }

    private static void isAbout(AuditRecord entry, AuditAction action, Patient patient) {
        assertThat(entry.action()).isEqualTo(action);
        assertThat(entry.patientIds()).containsExactly(patient.id().value());
    }

    private long lastId() {
        return jdbc.sql("SELECT max(id) FROM audit_event").query(Long.class).single();
    }

    private List<AuditRecord> entriesSince(long id) {
        return log.search(new AuditFilter(null, clerk, null, null).page(0, 100)).stream()
                .filter(entry -> entry.id() > id)
                .toList();
    }
}
