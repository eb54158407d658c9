package dk.coi.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void eachRoleIncludesTheLessTrustedOnes() {
        assertThat(Role.ADMIN.withIncluded()).isEqualTo(EnumSet.allOf(Role.class));
        assertThat(Role.EMPLOYEE.withIncluded()).containsExactlyInAnyOrder(Role.CITIZEN, Role.EMPLOYEE);
        assertThat(Role.CITIZEN.withIncluded()).containsExactly(Role.CITIZEN);
    }

    @Test
    void theHighestRoleIsShown() {
        assertThat(Role.highestOf(EnumSet.of(Role.CITIZEN, Role.COI_STAFF))).isEqualTo(Role.COI_STAFF);
        assertThat(Role.highestOf(EnumSet.noneOf(Role.class))).isEqualTo(Role.CITIZEN);
    }
}
