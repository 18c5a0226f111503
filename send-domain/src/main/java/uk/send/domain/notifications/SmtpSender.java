package uk.send.domain.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Plain-text email through the SMTP server in {@code spring.mail.*}, with a Message-ID fixed per outbox row. */
final class SmtpSender extends ReferencedSender {

    private final JavaMailSender mail;
    private final MailSettings settings;

    SmtpSender(JavaMailSender mail, MailSettings settings) {
        super(Channel.SMTP);
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public void send(String reference, String to, Email email) {
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(email.subject());
            helper.setText(email.body(), false);
            if (reference != null) {
                // the same id on every attempt, so a mail system that receives a retry can tell it is the same email
                message.saveChanges();
                message.setHeader("Message-ID", messageId(reference));
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("The email could not be prepared", e);
        }
        mail.send(fixedId(message, reference));
    }

    /** A message whose Message-ID survives JavaMail's saveChanges on sending. */
    private MimeMessage fixedId(MimeMessage message, String reference) {
        if (reference == null) {
            return message;
        }
        String id = messageId(reference);
        try {
            return new MimeMessage(message) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", id);
                }
            };
        } catch (MessagingException e) {
            throw new MailPreparationException("The email could not be prepared", e);
        }
    }

    private String messageId(String reference) {
        return "<" + reference + "@" + settings.messageIdDomain() + ">";
    }
}
