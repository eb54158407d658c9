package dk.coi.portal.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends the portal's mail through Spring Mail. Without an SMTP server configured ({@code MAIL_HOST} empty)
 * each mail is written to the log instead, so development and demo set-ups need no mail server.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final boolean configured;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${spring.mail.host:}") String host,
           @Value("${portal.mail.from}") String from) {
        this.sender = sender;
        this.configured = !host.isBlank();
        this.from = from;
    }

    /** Sends the mail, or logs it when no SMTP server is configured; throws {@link MailException} on failure. */
    public void send(OutgoingMail mail) {
        if (!configured) {
            log.info("No SMTP server configured; mail to {} not sent: {}\n{}", mail.to(), mail.subject(), mail.text());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        sender.getObject().send(message);
    }
}
