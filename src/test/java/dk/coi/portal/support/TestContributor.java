package dk.coi.portal.support;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataContributor;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestComponent;

/** Stands for a feature module's part of the GDPR export and erasure. */
@TestComponent
public class TestContributor implements PersonalDataContributor {

    public static final Set<Long> erased = ConcurrentHashMap.newKeySet();

    @Override
    public String section() {
        return "test-module";
    }

    @Override
    public Object export(PersonId person) {
        return List.of("contribution of " + person.value());
    }

    @Override
    public void erase(PersonId person) {
        erased.add(person.value());
    }
}
