package dk.coi.portal.identity;

import dk.coi.portal.identity.internal.Person;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's public employees (people whose stored role is employee or above) as others may pick them: by name,
 * with their workplace, never their e-mail address. For choosing a colleague, such as a case's co-editor.
 */
@Service
public class PublicEmployees {

    /** The most people one search returns. */
    public static final int MAX_FOUND = 20;

    private static final Set<Role> EMPLOYEE_ROLES = Role.EMPLOYEE.andAbove();

    private final EntityManager entityManager;

    PublicEmployees(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Public employees with every word of {@code words} somewhere in their name, by name, at most
     * {@link #MAX_FOUND}; none for no words. Erased and merged-away people are left out.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional(readOnly = true)
    public List<Author> search(String words) {
        return search(words, 0);
    }

    /**
     * As {@link #search(String)}, the {@code page}-th (from 0) {@link #MAX_FOUND} of them: for a caller that keeps
     * only some of those found (a case's colleagues) and reads on until it has enough.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    @Transactional(readOnly = true)
    public List<Author> search(String words, int page) {
        List<String> given = words == null ? List.of() : Arrays.stream(words.trim().toLowerCase(Locale.ROOT)
                .split("\\s+")).filter(word -> !word.isEmpty()).limit(5).toList();
        if (given.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("""
                select distinct p from Person p join p.roles r where r in :roles and p.erasedAt is null
                and p.mergedInto is null""");
        for (int i = 0; i < given.size(); i++) {
            jpql.append(" and lower(p.displayName) like :word").append(i).append(" escape '!'");
        }
        jpql.append(" order by p.displayName, p.id");
        TypedQuery<Person> query = entityManager.createQuery(jpql.toString(), Person.class)
                .setParameter("roles", EMPLOYEE_ROLES).setFirstResult(page * MAX_FOUND).setMaxResults(MAX_FOUND);
        for (int i = 0; i < given.size(); i++) {
            query.setParameter("word" + i, "%" + given.get(i).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        return query.getResultList().stream().map(person -> new Author(person.getId(), person.getDisplayName(),
                person.getWorkplace())).toList();
    }

    /** Whether the person is a public employee now (not erased, not merged away). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isPublicEmployee(PersonId person) {
        Person found = entityManager.find(Person.class, person.value());
        return found != null && !found.isErased() && found.getMergedInto() == null
                && found.getRoles().stream().anyMatch(EMPLOYEE_ROLES::contains);
    }
}
