package dk.coi.portal.shared.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.coi.portal.shared.CurrentActor;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Every revision names who made it: a person, or the system identity; never nobody. */
class PortalRevisionListenerTest {

    private static PortalRevisionListener listenerFor(Long personId, boolean system) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("actor", new CurrentActor() {
            @Override
            public Optional<Long> personId() {
                return Optional.ofNullable(personId);
            }

            @Override
            public boolean isSystem() {
                return system;
            }
        });
        return new PortalRevisionListener(beans.getBeanProvider(CurrentActor.class));
    }

    @Test
    void aSignedInPersonIsNamed() {
        PortalRevision revision = new PortalRevision();
        listenerFor(7L, false).newRevision(revision);
        assertThat(revision.getPersonId()).isEqualTo(7L);
        assertThat(revision.isBySystem()).isFalse();
    }

    @Test
    void aBackgroundJobIsTheSystem() {
        PortalRevision revision = new PortalRevision();
        listenerFor(null, true).newRevision(revision);
        assertThat(revision.getPersonId()).isNull();
        assertThat(revision.isBySystem()).isTrue();
    }

    @Test
    void aChangeByNobodyIsRefused() {
        assertThatThrownBy(() -> listenerFor(null, false).newRevision(new PortalRevision()))
                .isInstanceOf(IllegalStateException.class);
    }
}
