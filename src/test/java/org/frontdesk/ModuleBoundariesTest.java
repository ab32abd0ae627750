package org.frontdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

class ModuleBoundariesTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(FrontdeskApplication.class);

    @Test
    void modulesUseOnlyEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    @Test
    void theModulesTheArchitectureNamesExist() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("patients", "security", "audit", "interop", "database", "shell", "demo", "scheduling");
    }

    /** Proves the check can fail: a fixture module reaching into another's internals is reported. */
    @Test
    void reachingIntoAnotherModulesInternalsIsAViolation() {
        var fixture = ApplicationModules.of("org.frontdesk.modulefixture", location -> true); // include test classes
        assertThatThrownBy(fixture::verify).isInstanceOf(Violations.class)
                .hasMessageContaining("internal");
    }
}
