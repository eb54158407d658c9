package dk.coi.portal.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Reports the search backend as up when its indexes answer a query (part of readiness). */
@Component("search")
class SearchHealthIndicator implements HealthIndicator {

    private final EntityManagerFactory entityManagerFactory;

    SearchHealthIndicator(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public Health health() {
        try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
            long documents = Search.session(entityManager).search(Object.class)
                    .where(f -> f.matchAll()).fetchTotalHitCount();
            return Health.up().withDetail("documents", documents).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
