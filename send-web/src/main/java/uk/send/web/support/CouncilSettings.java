package uk.send.web.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The council running the service, as its pages name it.
 *
 * @param name        the council's name in the header and on documents
 * @param serviceName the service's name
 */
@ConfigurationProperties("send.council")
public record CouncilSettings(@DefaultValue("Demo Borough Council") String name,
                              @DefaultValue("SEND service") String serviceName) {
}
