package dk.coi.portal.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import dk.coi.portal.notification.FollowService;
import dk.coi.portal.notification.FollowedList;
import dk.coi.portal.notification.MailMode;
import dk.coi.portal.notification.MailSettings;
import dk.coi.portal.notification.Notice;
import dk.coi.portal.notification.NotificationRoutes;
import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.ui.ChangeLines;
import dk.coi.portal.shared.ui.FormStatus;
import dk.coi.portal.shared.ui.ListScreen;
import dk.coi.portal.shell.PersonalNotices;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in person's notices from every module (unread ones marked), and how mail about what they follow
 * should come. What each person follows is kept where it is followed (e.g. the wiki's watchlist).
 */
@Route(NotificationRoutes.NOTICES)
@PermitAll
class NoticesView extends ListScreen {

    private final FollowService follows;

    NoticesView(FollowService follows) {
        super("notices-status");
        this.follows = follows;
    }

    @Override
    protected void addContent() {
        addFollowedLists();
        addNotices();
        addMailSettings();
    }

    /** What the person follows is listed by the module it belongs to; each such list is a link away. */
    private void addFollowedLists() {
        List<FollowedList> followed = follows.followedLists();
        if (followed.isEmpty()) {
            return;
        }
        Paragraph lists = new Paragraph(getTranslation("notification.notices.followed") + " ");
        lists.setId("followed-lists");
        for (FollowedList list : followed) {
            if (list != followed.getFirst()) {
                lists.add(ChangeLines.separator());
            }
            Anchor link = new Anchor(list.path(), getTranslation(list.labelKey()));
            link.setId("followed-list-" + list.path().replace('/', '-'));
            lists.add(link);
        }
        add(lists);
    }

    private void addNotices() {
        List<Notice> notices = follows.notices(null, NoticeList.MOST);
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("notification.notices.none")));
            return;
        }
        Button allRead = new Button(getTranslation("notification.notices.mark-all-read"), click -> {
            follows.markAllRead();
            rebuild();
            // The button is gone with the rebuild: the status line under the heading says what was done and
            // takes the focus, and the header counts again at once.
            status.doneHere(getTranslation("notification.notices.all-read"));
            getUI().ifPresent(PersonalNotices::changed);
        });
        allRead.setId("mark-all-read");
        allRead.setEnabled(notices.stream().anyMatch(notice -> !notice.read()));
        add(allRead, new NoticeList(notices, "notices"));
    }

    private void addMailSettings() {
        MailSettings current = follows.settings();
        RadioButtonGroup<MailMode> mode = new RadioButtonGroup<>(getTranslation("notification.settings.mail"));
        mode.setItems(MailMode.values());
        mode.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        mode.setValue(current.mailMode());
        mode.setId("mail-mode");
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("notification.settings.language"));
        language.setItems(PortalLocales.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language.name." + locale.getLanguage()));
        language.setValue(current.language());
        language.setId("mail-language");
        // Said under the button, where the person is: the page's status line is a screen's height above it.
        FormStatus saved = new FormStatus("mail-settings-status");
        Button save = new Button(getTranslation("notification.settings.save"), click -> saved.attempt(
                () -> follows.changeSettings(new MailSettings(mode.getValue(), language.getValue())), () -> { },
                "notification.settings.saved"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-mail-settings");
        add(new H2(getTranslation("notification.settings.heading")), mode, language, save, saved);
    }

    @Override
    public String titleKey() {
        return "notification.notices.title";
    }
}
