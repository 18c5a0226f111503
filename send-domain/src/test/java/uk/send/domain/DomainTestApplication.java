package uk.send.domain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The domain module on its own, for its integration tests. */
@SpringBootApplication
class DomainTestApplication {
}
