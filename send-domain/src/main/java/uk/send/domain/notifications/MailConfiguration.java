package uk.send.domain.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

import uk.gov.service.notify.NotificationClient;

/** The sender chosen by {@code send.mail.sender}; with none (PAGE), the dispatcher keeps email for the page. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    @Bean
    @ConditionalOnProperty(name = "send.mail.sender", havingValue = "SMTP")
    NotificationSender smtpSender(JavaMailSender mail, MailSettings settings) {
        return new SmtpSender(mail, settings);
    }

    @Bean
    @ConditionalOnProperty(name = "send.mail.sender", havingValue = "NOTIFY")
    NotificationSender notifySender(MailSettings settings) {
        return new NotifySender(new NotificationClient(settings.notifyApiKey()), settings.notifyTemplateId());
    }
}
