package dk.coi.portal.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, and the portal's mail sender pointed at it,
 * so tests read the mail the portal really sent.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

    @Bean(destroyMethod = "stop")
    GreenMail greenMail() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    @Bean
    JavaMailSender javaMailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** The mail received so far for one address. */
    public static List<MimeMessage> mailTo(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                Address[] to = message.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
            } catch (MessagingException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }).toList();
    }

    /** Waits (30 s at most) until {@code expected} mails reached the address; the mail received by then. */
    public static List<MimeMessage> awaitMailTo(GreenMail server, String address, int expected)
            throws InterruptedException {
        // Mail goes out after the commit, on the mail job's thread.
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (mailTo(server, address).size() < expected && System.nanoTime() < deadline) {
            server.waitForIncomingEmail(500, 1);
        }
        return mailTo(server, address);
    }

    public static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
