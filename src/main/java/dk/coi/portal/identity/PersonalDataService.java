package dk.coi.portal.identity;

import dk.coi.portal.identity.internal.Person;
import dk.coi.portal.identity.internal.PersonRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** GDPR: a signed-in person downloads everything the portal holds about them, or has it erased. */
@Service
public class PersonalDataService {

    private final PersonRepository people;
    private final PersonService personService;
    private final List<PersonalDataContributor> contributors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PersonalDataService(PersonRepository people, PersonService personService,
                        List<PersonalDataContributor> contributors, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.personService = personService;
        this.contributors = contributors;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The signed-in person's data as UTF-8 JSON: their account, one section per feature module, and the same
     * for each person row merged into theirs (an earlier Keycloak login).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] exportCurrentPerson() {
        Person person = currentPerson();
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.putAll(dataOf(person));
        export.put("mergedAccounts", people.findByMergedInto(person.getId()).stream().map(this::dataOf).toList());
        return json.writeValueAsBytes(export);
    }

    /**
     * Erases the signed-in person, and every person row merged into theirs: name, e-mail, password and login
     * link are blanked in one transaction with every module's part; contributions stay and are credited to
     * "Slettet bruger".
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void eraseCurrentPerson() {
        Person person = currentPerson();
        people.findByMergedInto(person.getId()).forEach(this::erase);
        erase(person);
    }

    /** The account, then one section per feature module. */
    private Map<String, Object> dataOf(Person person) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("account", accountOf(person));
        for (PersonalDataContributor contributor : contributors) {
            data.put(contributor.section(), contributor.export(PersonId.of(person.getId())));
        }
        return data;
    }

    private void erase(Person person) {
        for (PersonalDataContributor contributor : contributors) {
            contributor.erase(PersonId.of(person.getId()));
        }
        person.erase(clock.instant());
        events.publishEvent(new PersonErased(PersonId.of(person.getId())));
    }

    private Person currentPerson() {
        long id = personService.currentPersonId()
                .orElseThrow(() -> new IllegalStateException("No signed-in person"));
        return people.findById(id).filter(p -> !p.isErased())
                .orElseThrow(() -> new IllegalStateException("The signed-in person no longer exists"));
    }

    private static Map<String, Object> accountOf(Person person) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", person.getId());
        account.put("displayName", person.getDisplayName());
        account.put("email", person.getEmail());
        account.put("workplace", person.getWorkplace());
        account.put("roles", person.getRoles().stream().map(Enum::name).sorted().toList());
        List<String> loginMethods = new ArrayList<>();
        if (person.getPasswordHash() != null) {
            loginMethods.add("local");
        }
        if (person.getOidcSubject() != null) {
            loginMethods.add("keycloak");
        }
        account.put("loginMethods", loginMethods);
        account.put("language", person.getLanguage());
        account.put("loginWarningSentAt", person.getLoginWarningSentAt() == null ? null
                : person.getLoginWarningSentAt().toString());
        account.put("createdAt", person.getCreatedAt().toString());
        return account;
    }
}
