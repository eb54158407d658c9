package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.util.EnumSet;
import java.util.Set;

/** One row per person who has signed in, locally or through Keycloak. */
@Entity
@Table(name = "person")
public class Person {

    public static final int MAX_WORKPLACE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(length = 254, unique = true)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "oidc_subject", unique = true)
    private String oidcSubject;

    @Column(length = MAX_WORKPLACE_LENGTH)
    private String workplace;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", length = 20, nullable = false)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /**
     * The language the person chose last (a tag such as {@code da}), in the portal or by signing in from a browser
     * that had chosen one: the portal's language wherever they sign in, and their mail's; null if never chosen.
     */
    @Column(length = 8)
    private String language;

    @Column(name = "login_warning_sent_at")
    private Instant loginWarningSentAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /** The person this row was merged into (a Keycloak login linked to a local account); null if none. */
    @Column(name = "merged_into")
    private Long mergedInto;

    protected Person() {
    }

    private Person(String displayName, String email, Instant createdAt) {
        this.displayName = displayName;
        this.email = email;
        this.createdAt = createdAt;
    }

    public static Person local(String displayName, String email, String passwordHash, Role role, Instant now) {
        Person person = new Person(displayName, email, now);
        person.passwordHash = passwordHash;
        person.roles.add(role);
        return person;
    }

    public static Person fromOidc(String subject, String displayName, String email, Instant now) {
        Person person = new Person(displayName, email, now);
        person.oidcSubject = subject;
        return person;
    }

    /**
     * Name, e-mail, workplace and roles as the identity provider states them, which owns them for its logins.
     * A local account keeps the e-mail it signs in with when the provider gives none it may use, and a
     * workplace stays when the provider states none.
     */
    public void updateFromOidc(String displayName, String email, String workplace, Set<Role> roles) {
        this.displayName = displayName;
        if (email != null || passwordHash == null) {
            this.email = email;
        }
        if (workplace != null) {
            this.workplace = workplace;
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** From now on this person also signs in through the identity provider with this subject. */
    public void linkOidc(String subject) {
        this.oidcSubject = subject;
    }

    /**
     * This row and {@code person} are one human: this row gives up its login and e-mail and names the person
     * it now belongs to, who takes its workplace if they had none.
     */
    public void mergeInto(Person person) {
        oidcSubject = null;
        email = null;
        mergedInto = person.getId();
        if (person.workplace == null) {
            person.workplace = workplace;
        }
    }

    /** GDPR erasure: the row stays so contributions keep an author id, but nothing identifies the person. */
    public void erase(Instant now) {
        displayName = "";
        email = null;
        passwordHash = null;
        oidcSubject = null;
        workplace = null;
        roles.clear();
        language = null;
        loginWarningSentAt = null;
        erasedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getOidcSubject() {
        return oidcSubject;
    }

    public String getWorkplace() {
        return workplace;
    }

    public void setWorkplace(String workplace) {
        this.workplace = workplace;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public String getLanguage() {
        return language;
    }

    public Instant getLoginWarningSentAt() {
        return loginWarningSentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public Long getMergedInto() {
        return mergedInto;
    }
}
