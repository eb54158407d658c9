package dk.coi.portal.shell.ui;

import dk.coi.portal.shared.Navigation;
import dk.coi.portal.shared.PortalContact;
import dk.coi.portal.shared.web.OpenDataAddresses;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.coi.portal.identity.CurrentPerson;
import dk.coi.portal.identity.PersonService;
import dk.coi.portal.search.SearchService;
import dk.coi.portal.search.SearchSuggestion;
import java.util.stream.Stream;
import dk.coi.portal.shell.PersonalNotices;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.springframework.dao.DataAccessException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The frame of every page: a DKFDS-style header (site name, search, language, account), navigation to every
 * area in a drawer that collapses on phones, the page itself in a {@code <main>}, and the footer.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final int SUGGESTIONS = 8;
    /** The theme's class for what phones (below 576 px) do not show. */
    private static final String HIDDEN_ON_PHONES = "portal-hide-phone";

    private final Main main = new Main();
    private final ScreenFocus screenFocus = new ScreenFocus(main);
    private final PersonService people;
    static final Duration NOTICE_POLL = Duration.ofMinutes(1);

    private final Optional<CurrentPerson> person;
    /**
     * Each kind's links: one in the header, one in the drawer, which stands in for the header on phones, and a
     * bell with the count in the phone's top bar, so the count is seen there without opening the menu.
     */
    private final Map<PersonalNotices, NoticeLinks> notices = new LinkedHashMap<>();
    private Registration noticesChanged;
    private Registration noticesPolled;

    private record NoticeLinks(Anchor inHeader, Anchor inDrawer, Anchor bell, Span bellCount) {
    }

    MainLayout(PersonService people, AuthenticationContext authentication, SearchService search,
               List<PersonalNotices> noticeKinds, PortalContact contact) {
        this.people = people;
        this.person = people.currentPerson();
        if (person.isPresent()) {
            noticeKinds.stream().filter(PersonalNotices::shown).forEach(kind -> {
                String id = "notices-" + kind.path().replace('/', '-');
                Anchor inHeader = new Anchor(kind.path(), getTranslation(kind.labelKey()));
                inHeader.setId(id);
                Anchor inDrawer = new Anchor(kind.path(), getTranslation(kind.labelKey()));
                inDrawer.setId("drawer-" + id);
                Icon icon = VaadinIcon.BELL.create();
                icon.getElement().setAttribute("aria-hidden", "true");
                Span count = new Span();
                count.addClassName("portal-tag");
                Anchor bell = new Anchor(kind.path(), icon, count);
                bell.setId("phone-" + id);
                bell.addClassNames("portal-notices-bell", "portal-phone-only");
                notices.put(kind, new NoticeLinks(inHeader, inDrawer, bell, count));
            });
        }
        setPrimarySection(Section.NAVBAR);
        addToNavbar(header(authentication, search));
        addToDrawer(navigation());
        addToDrawer(drawerAccount(authentication));
        main.setId("main-content");
        main.addClassName("portal-main");
        Div page = new Div(main, footer(contact));
        page.addClassName("portal-page");
        setContent(page);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }

    private Header header(AuthenticationContext authentication, SearchService search) {
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skip-to-content"));
        skip.addClassName("portal-skip-link");
        skip.setRouterIgnore(true);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Anchor logo = new Anchor("", getTranslation("app.name"));
        logo.addClassName("portal-logo");

        LanguageSwitch language = new LanguageSwitch("language-switch", people);
        language.addClassName(HIDDEN_ON_PHONES);
        Header header = new Header(skip, toggle, logo);
        // The phone's top bar has room for one bell: the first kind (the person's own notices, @Order); the other
        // kinds are in the menu.
        notices.values().stream().findFirst().ifPresent(links -> header.add(links.bell()));
        header.add(searchBox(search), language, account(authentication));
        header.addClassName("portal-header");
        return header;
    }

    /**
     * The header search: titles are suggested while typing (choosing one opens it); Enter searches all
     * content for the text typed.
     */
    private Component searchBox(SearchService search) {
        ComboBox<SearchSuggestion> query = new ComboBox<>();
        query.setPlaceholder(getTranslation("layout.search.placeholder"));
        query.setAriaLabel(getTranslation("layout.search.label"));
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setAllowCustomValue(true);
        query.setId("header-search");
        query.setItems(fetch -> fetch.getOffset() > 0 || fetch.getLimit() == 0 ? Stream.empty()
                : search.suggest(fetch.getFilter().orElse(""), SUGGESTIONS).stream());
        query.setItemLabelGenerator(suggestion -> suggestion.title() + " – " + getTranslation(suggestion.typeLabelKey()));
        query.addCustomValueSetListener(typed -> getUI().ifPresent(ui -> ui.navigate("sog",
                QueryParameters.of("q", typed.getDetail().length() > SearchService.MAX_QUERY_LENGTH
                        ? typed.getDetail().substring(0, SearchService.MAX_QUERY_LENGTH) : typed.getDetail()))));
        query.addValueChangeListener(chosen -> {
            if (chosen.isFromClient() && chosen.getValue() != null) {
                getUI().ifPresent(ui -> Navigation.open(ui, chosen.getValue().path()));
                query.clear();
            }
        });
        Div box = new Div(query);
        box.addClassName("portal-header-search");
        box.getElement().setAttribute("role", "search");
        return box;
    }

    private Component account(AuthenticationContext authentication) {
        Div account = new Div();
        account.addClassName("portal-account");
        if (person.isPresent()) {
            CurrentPerson me = person.get();
            Anchor name = new Anchor("min-side", me.displayName());
            name.setId("current-person");
            notices.values().forEach(links -> account.add(links.inHeader()));
            account.add(name, roleTag(me, "current-role"), logoutButton(authentication, "logout"));
            // On phones the drawer shows all of this, so the header keeps to one or two rows.
            account.addClassName(HIDDEN_ON_PHONES);
        } else {
            Anchor login = new Anchor("login", getTranslation("layout.login"));
            login.setId("login-link");
            Anchor signUp = new Anchor("opret-konto", getTranslation("layout.signup"));
            signUp.addClassName(HIDDEN_ON_PHONES);
            account.add(login, signUp);
        }
        return account;
    }

    /**
     * The header's account part and language choice again, in the drawer for phones, where the header shows
     * only the site name, search and menu (DKFDS moves the user information into the menu).
     */
    private Component drawerAccount(AuthenticationContext authentication) {
        Div account = new Div();
        account.addClassNames("portal-drawer-account", "portal-phone-only");
        if (person.isPresent()) {
            CurrentPerson me = person.get();
            Anchor name = new Anchor("min-side", me.displayName());
            name.setId("drawer-current-person");
            account.add(name, roleTag(me, "drawer-current-role"));
            notices.values().forEach(links -> account.add(links.inDrawer()));
        } else {
            Anchor signUp = new Anchor("opret-konto", getTranslation("layout.signup"));
            signUp.setId("drawer-sign-up");
            account.add(signUp);
        }
        account.add(new LanguageSwitch("drawer-language-switch", people));
        if (person.isPresent()) {
            account.add(logoutButton(authentication, "drawer-logout"));
        }
        return account;
    }

    private Span roleTag(CurrentPerson me, String id) {
        Span role = new Span(getTranslation(me.highestRole().labelKey()));
        role.addClassName("portal-tag");
        role.setId(id);
        return role;
    }

    private Button logoutButton(AuthenticationContext authentication, String id) {
        Button logout = new Button(getTranslation("layout.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId(id);
        return logout;
    }

    /**
     * Refreshes the number of unread notices on every navigation, as reading a page may have changed it, and moves
     * the focus into the new screen ({@link ScreenFocus}).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showUnread();
        screenFocus.navigated(event.getLocation().getPath());
    }

    /**
     * And when a page says its notices were read where it stands (see {@link PersonalNotices#changed}), and every
     * minute while the page stays open, for notices left meanwhile. A poll rather than a push from where the notice
     * is stored: it holds whichever portal node stored it, and costs one count a minute per signed-in window.
     */
    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        noticesChanged = ComponentUtil.addListener(ui, PersonalNotices.Changed.class, changed -> showUnread());
        if (!notices.isEmpty()) {
            ui.setPollInterval((int) NOTICE_POLL.toMillis());
            noticesPolled = ui.addPollListener(poll -> showUnread());
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        noticesChanged.remove();
        if (noticesPolled != null) {
            noticesPolled.remove();
            detach.getUI().setPollInterval(-1);
        }
        super.onDetach(detach);
    }

    private void showUnread() {
        notices.forEach((kind, links) -> {
            int unread = unreadOf(kind);
            String label = getTranslation(kind.labelKey());
            String name = unread > 0 ? getTranslation("layout.notices.unread", label, unread) : label;
            Stream.of(links.inHeader(), links.inDrawer())
                    .forEach(link -> link.setText(unread > 0 ? label + " (" + unread + ")" : label));
            Stream.of(links.inHeader(), links.inDrawer(), links.bell()).forEach(link -> {
                link.getElement().setAttribute("aria-label", name);
                link.setClassName("portal-notices-unread", unread > 0);
            });
            links.bellCount().setText(String.valueOf(unread));
            links.bellCount().setVisible(unread > 0);
        });
    }

    /** The page itself says when the database is away; the header then shows the link without a count. */
    private static int unreadOf(PersonalNotices kind) {
        try {
            return kind.unread();
        } catch (DataAccessException databaseAway) {
            return 0;
        }
    }

    /**
     * The areas from the modules' own {@code @Menu} views, in their order, only those the person may open (Vaadin
     * checks each view's access annotations): a new module adds its entry without editing the shell. The menu
     * titles are translation keys.
     */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            String path = entry.path().replaceFirst("^/", "");
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), path, new Icon(entry.icon()));
            item.setId("nav-" + (path.isEmpty() ? "home" : path));
            nav.addItem(item);
        });
        return nav;
    }

    private Footer footer(PortalContact coi) {
        Paragraph about = new Paragraph(getTranslation("footer.about"));
        Anchor contact = new Anchor(coi.mailto(), getTranslation("footer.contact"));
        Anchor accessibility = new Anchor("tilgaengelighed", getTranslation("footer.accessibility"));
        Anchor privacy = new Anchor("privatliv", getTranslation("footer.privacy"));
        Anchor openData = new Anchor(OpenDataAddresses.PAGE, getTranslation("footer.open-data"));
        Div links = new Div(contact, accessibility, privacy, openData);
        links.addClassName("portal-footer-links");
        Footer footer = new Footer(about, links);
        footer.addClassName("portal-footer");
        return footer;
    }
}
