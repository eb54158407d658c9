package dk.coi.portal.notification.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataContributor;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Subject;
import dk.coi.portal.shared.Texts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The notification module's part of a person's GDPR export: what they follow, their notices (with the change's
 * summary) and their mail settings, each subject named as its module names it now. Erasure removes all three;
 * words a person wrote that other people's notices quote are contributions, kept as their comments and edits are.
 */
@Component
class NotificationPersonalData implements PersonalDataContributor {

    private final FollowRepository follows;
    private final MailPreferenceRepository settings;
    private final NoticeRepository notices;
    private final FollowableContents contents;
    private final Texts texts;

    NotificationPersonalData(FollowRepository follows, MailPreferenceRepository settings, NoticeRepository notices,
                             FollowableContents contents, Texts texts) {
        this.follows = follows;
        this.settings = settings;
        this.notices = notices;
        this.contents = contents;
        this.texts = texts;
    }

    @Override
    public String section() {
        return "notification";
    }

    @Override
    public Object export(PersonId person) {
        long personId = person.value();
        List<Follow> followed = follows.findByPersonId(personId);
        List<StoredNotice> noticed = notices.findByPersonId(personId);
        FollowableContents.Names titles = contents.readable(java.util.stream.Stream.concat(
                followed.stream().map(Follow::subject), noticed.stream().map(StoredNotice::subject)).toList());
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("follows", followed.stream().map(follow -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", follow.subject().type());
            line.put("title", shownTitle(titles, follow.subject()));
            line.put("since", follow.getCreatedAt().toString());
            line.put("until", follow.getExpiresAt() == null ? null : follow.getExpiresAt().toString());
            return line;
        }).toList());
        export.put("mail", settings.findById(personId)
                .map(row -> Map.of("mode", row.getMailMode().name(), "language", row.getLanguage())).orElse(null));
        export.put("notices", noticed.stream().map(notice -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("type", notice.subject().type());
            line.put("title", shownTitle(titles, notice.subject()));
            line.put("kind", notice.getKind());
            line.put("summary", notice.summary().isEmpty() ? null : texts.get(PortalLocales.DANISH, notice.summary()));
            line.put("time", notice.getCreatedAt().toString());
            line.put("read", notice.getReadAt() != null);
            line.put("mail", notice.getMailState().name());
            return line;
        }).toList());
        return export;
    }

    /** The subject as the person was shown it (in Danish, as the rest of the export), if it may still be read. */
    private String shownTitle(FollowableContents.Names names, Subject subject) {
        return names.of(subject).map(name -> texts.get(PortalLocales.DANISH, name.shown())).orElse(null);
    }

    @Override
    public void erase(PersonId person) {
        long personId = person.value();
        notices.deleteByPersonId(personId);
        follows.deleteByPersonId(personId);
        settings.findById(personId).ifPresent(settings::delete);
    }
}
