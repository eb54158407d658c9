package dk.coi.portal.bench;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.server.communication.UidlWriter;
import com.vaadin.flow.shared.Registration;
import dk.coi.portal.browser.BrowserSession;
import dk.coi.portal.browser.PortalPages;
import dk.coi.portal.support.SignedIn;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Real Vaadin UIs of a storm's page, made on the server as a browser's first request makes them ({@code ?v-r=init}
 * with the page's location, in a signed-in session), then navigated to the storm's page as the client's router asks
 * for it, as the session's person: each a UI with the storm's view and its {@code StormIdeas} attached, registered
 * with {@code LiveVotes} as in production. A few signed-in sessions (signed in through the
 * login page in Chromium) hold them all, as people with several tabs open. No browser keeps a websocket open to them:
 * in its place each UI gets a push connection that does what Atmosphere's does up to the socket — it writes the
 * UI's changes as the UIDL message — and notes when that message first carries the awaited count. So a vote's push
 * to these UIs runs the real path (the pusher's {@code ui.access}, the session lock, the components changed, the
 * UIDL written) except the socket write and the browser, which the Chromium pages' figures include.
 */
final class ServerUis extends OpenViews {

    /** A count as the vote control says it, in Danish or English (the session's language is the browser's). */
    private static final Pattern COUNT = Pattern.compile("(?<!\\d)(\\d+) (?:stemmer?|votes?)\\b");

    private final BrowserSession browser = new BrowserSession();
    private final List<UI> uis = new ArrayList<>();
    private final AtomicLong pushes = new AtomicLong();
    private volatile String lastMessage = "";

    ServerUis(ApplicationContext context, String baseUrl, String path, int sessions, int uisPerSession,
              SignedIn signedIn) throws IOException, InterruptedException {
        super(sessions * uisPerSession);
        List<String> sessionCookies = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Page page = browser.newVisitor(baseUrl, 1280, 800);
            SignedIn.TestPerson person = signedIn.signUp("Fanebladslæser " + i);
            PortalPages.signInAndWait(page, person.email(), SignedIn.PASSWORD);
            sessionCookies.add(page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                    .map((Cookie cookie) -> cookie.name + "=" + cookie.value).findFirst().orElseThrow());
        }
        signedIn.clear();
        List<UI> made = new CopyOnWriteArrayList<>();
        Registration listening = vaadin(context).addUIInitListener(init -> made.add(init.getUI()));
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (String cookie : sessionCookies) {
                for (int i = 0; i < uisPerSession; i++) {
                    init(http, baseUrl, path, cookie, made.size());
                }
            }
        } finally {
            listening.remove();
        }
        SecurityContextHolderStrategy security = context.getBean(SecurityContextHolderStrategy.class);
        for (UI ui : made) {
            int view = uis.size();
            uis.add(ui);
            ui.accessSynchronously(() -> {
                ui.getInternals().setPushConnection(new RecordingPush(ui, view));
                // The client's router asks the server for the page after the init request; here the harness does,
                // as the session's signed-in person.
                security.setContext((SecurityContext) ui.getSession().getSession()
                        .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
                try {
                    ui.navigate(path);
                } finally {
                    security.clearContext();
                }
            });
        }
        if (uis.size() != sessions * uisPerSession) {
            throw new IllegalStateException(uis.size() + " UIs made, not " + sessions * uisPerSession);
        }
    }

    /** The portal's Vaadin service, from its servlet's registration. */
    private static VaadinService vaadin(ApplicationContext context) {
        return context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet).filter(VaadinServlet.class::isInstance)
                .map(servlet -> ((VaadinServlet) servlet).getService()).findFirst().orElseThrow();
    }

    /** The request with which Vaadin's client asks for the UI of a location, with what a browser says of itself. */
    private static void init(HttpClient http, String baseUrl, String path, String cookie, int window)
            throws IOException, InterruptedException {
        String query = "v-r=init&location=" + URLEncoder.encode(path, StandardCharsets.UTF_8) + "&query="
                + "&v-sw=1280&v-sh=800&v-ww=1280&v-wh=800&v-bw=1280&v-bh=800&v-tzo=-60&v-rtzo=-60&v-dstd=60"
                + "&v-dston=false&v-tzid=Europe%2FCopenhagen&v-curdate=" + System.currentTimeMillis()
                + "&v-td=false&v-pr=1&v-wn=bench-" + window;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "?" + query))
                .header("Cookie", cookie).header("Accept-Language", "da").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("uiId")) {
            throw new IllegalStateException("No UI for " + path + ": " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    @Override
    protected String diagnosis() {
        return pushes.get() + " push messages; the last: " + lastMessage.substring(0, Math.min(600,
                lastMessage.length()));
    }

    @Override
    public void close() {
        uis.forEach(ui -> ui.access(ui::close));
        browser.close();
    }

    /** In place of the websocket: writes the UI's changes as Atmosphere would send them, noting the count's arrival. */
    private final class RecordingPush implements PushConnection {

        private final UI ui;
        private final int view;

        RecordingPush(UI ui, int view) {
            this.ui = ui;
            this.view = view;
        }

        @Override
        public void push() {
            String message = new UidlWriter().createUidl(ui, true).toString();
            long now = System.nanoTime();
            pushes.incrementAndGet();
            lastMessage = message;
            Matcher shown = COUNT.matcher(message);
            while (shown.find()) {
                arrivals.arrived(view, Long.parseLong(shown.group(1)), now);
            }
        }

        @Override
        public void disconnect() {
        }

        @Override
        public boolean isConnected() {
            return true;
        }
    }
}
