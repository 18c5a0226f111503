package uk.send.domain.testing;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test context at the shared test database (registered in META-INF/spring.factories
 * of send-domain's test jar, so all modules' tests get it without asking).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Coordinates db = TestDatabase.coordinates();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sendTestDatabase", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password())));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
