package dk.coi.portal.notification.internal;

import dk.coi.portal.notification.MailMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How one person wants mail about what they follow, and in which language. */
@Entity
@Table(name = "notification_settings")
public class MailPreference {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_mode", nullable = false)
    private MailMode mailMode;

    @Column(nullable = false, length = 8)
    private String language;

    protected MailPreference() {
    }

    public MailPreference(long personId, MailMode mailMode, String language) {
        this.personId = personId;
        change(mailMode, language);
    }

    public void change(MailMode newMode, String newLanguage) {
        this.mailMode = newMode;
        this.language = newLanguage;
    }

    public Long getPersonId() {
        return personId;
    }

    public MailMode getMailMode() {
        return mailMode;
    }

    public String getLanguage() {
        return language;
    }
}
