package uk.send.domain.access;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and the sign-in rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LockoutSettings.class, LinkSettings.class, ThrottleSettings.class})
public class AccessConfiguration {

    /** bcrypt today, behind a delegating encoder so that stored hashes name their algorithm and can move on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }
}
