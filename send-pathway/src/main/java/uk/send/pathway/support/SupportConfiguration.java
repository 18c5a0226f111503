package uk.send.pathway.support;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code send.support.*} to the {@link SupportPolicy}, checked when the service starts. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupportPolicy.class)
class SupportConfiguration {
}
