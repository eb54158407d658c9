package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.Role;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One local demo account per role, and public employees of the workplaces behind the demo cases, who own them and
 * are their contacts, with a colleague to name as contact instead (all listed in the README); never on in
 * production.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private record Account(String name, String email, Role role, String workplace) {
    }

    private static final List<Account> ACCOUNTS = List.of(
            new Account("Birgitte Borger", "borger@demo.coi.dk", Role.CITIZEN, null),
            new Account("Mads Medarbejder", "medarbejder@demo.coi.dk", Role.EMPLOYEE, "Jobcenter Aarhus"),
            new Account("Camilla COI", "coi@demo.coi.dk", Role.COI_STAFF, "Center for Offentlig Innovation"),
            new Account("Anders Admin", "admin@demo.coi.dk", Role.ADMIN, "Center for Offentlig Innovation"),
            new Account("Sofie Styrelse", "star@demo.coi.dk", Role.EMPLOYEE,
                    "Styrelsen for Arbejdsmarked og Rekruttering"),
            new Account("Kasper København", "kobenhavn@demo.coi.dk", Role.EMPLOYEE, "Jobcenter København"),
            new Account("Karen Konsulent", "klk@demo.coi.dk", Role.EMPLOYEE, "KLK – KL's konsulentvirksomhed"),
            new Account("Ole Odense", "odense@demo.coi.dk", Role.EMPLOYEE, "Jobcenter Odense"),
            // A colleague at Odense's jobcentre: a case's editor can name someone else as contact (a trial found
            // only themselves to choose).
            new Account("Signe Sørensen", "sorensen@demo.coi.dk", Role.EMPLOYEE, "Jobcenter Odense"));

    /** Whether the address is one of the demo accounts (the only people {@link DemoAccountActors} acts as). */
    static boolean isDemoAccount(String email) {
        return ACCOUNTS.stream().anyMatch(account -> account.email().equalsIgnoreCase(email));
    }

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(PersonRepository people, PasswordEncoder passwordEncoder, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Account account : ACCOUNTS) {
            if (!people.existsByEmailIgnoreCase(account.email())) {
                Person person = Person.local(account.name(), account.email(), passwordEncoder.encode(PASSWORD),
                        account.role(), clock.instant());
                person.setWorkplace(account.workplace());
                people.save(person);
            }
        }
    }
}
