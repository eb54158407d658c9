package dk.coi.portal.shell.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests that Tomcat refuses before they reach the portal (an address it cannot decode, a backslash) would get
 * Tomcat's own English error report; they get the portal's error page instead.
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ErrorPages pages;

    ContainerErrorPages(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // The host adds its error valve on start unless one of the configured class is there already.
                host.setErrorReportValveClass(PortalErrorReportValve.class.getName());
                host.getPipeline().addValve(new PortalErrorReportValve(pages));
            }
        });
    }

    static final class PortalErrorReportValve extends ErrorReportValve {

        private final ErrorPages pages;

        PortalErrorReportValve(ErrorPages pages) {
            this.pages = pages;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            try {
                String html = pages.render(request.getRequest(), status, throwable);
                response.setContentType("text/html;charset=UTF-8");
                response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; font-src 'self'; "
                        + "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
                response.setHeader("X-Frame-Options", "SAMEORIGIN");
                response.setHeader("Cache-Control", "no-store");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(html);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // The client is gone or the response was committed meanwhile: nothing left to tell anyone.
            }
        }
    }
}
