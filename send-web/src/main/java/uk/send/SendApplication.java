package uk.send;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import uk.send.web.database.EmbeddedDatabaseInitializer;

/**
 * The SEND local-area service. Modules are sub-packages of this one: domain, pathway, funding,
 * commissioning, and web.
 */
@SpringBootApplication
public class SendApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SendApplication.class);
        // With no SPRING_DATASOURCE_URL, run on an embedded PostgreSQL whose data lives under ./data
        application.addInitializers(new EmbeddedDatabaseInitializer());
        application.run(args);
    }
}
