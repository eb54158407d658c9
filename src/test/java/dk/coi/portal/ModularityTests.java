package dk.coi.portal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void modulesOnlyUseEachOthersApisWithoutCycles() {
        modules.verify();
    }

    @Test
    void theFoundationModulesExist() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("identity", "search", "shell", "shared");
    }

    /** Every feature module refers to workplaces through the register, so the register uses no feature module. */
    @Test
    void theRegisterOfWorkplacesDependsOnlyOnThePlatform() {
        assertThat(modules.getModuleByName("organisation").orElseThrow().getDirectDependencies(modules)
                .uniqueModules().map(module -> module.getIdentifier().toString()))
                .isSubsetOf("shared", "identity", "moderation", "notification", "search");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
