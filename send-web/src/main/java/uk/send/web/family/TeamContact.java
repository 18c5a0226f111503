package uk.send.web.family;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How families reach the council's SEND team, shown on every family page: configured per council
 * ({@code SEND_TEAM_PHONE}, {@code SEND_TEAM_EMAIL}, {@code SEND_TEAM_HOURS}).
 *
 * @param phone the team's phone number
 * @param email the team's email address
 * @param hours when the phone is answered
 */
@ConfigurationProperties("send.team")
public record TeamContact(@DefaultValue("01632 960 000") String phone,
                          @DefaultValue("send.team@demo-borough.example") String email,
                          @DefaultValue("Monday to Friday, 9am to 5pm") String hours) {
}
