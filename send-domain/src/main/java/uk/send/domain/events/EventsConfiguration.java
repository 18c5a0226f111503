package uk.send.domain.events;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduling, for the resubmission of incomplete event publications and other periodic work, made safe
 * for several instances on one database: every {@code @Scheduled} method also carries a
 * {@code @SchedulerLock}, and the lock is a row in the {@code shedlock} table, taken with the database's
 * clock, so a run happens on one instance and the others skip it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class EventsConfiguration {

    /**
     * The lock rows say which instance holds them ({@code locked_by}): {@code send.scheduling.instance-name}
     * when set (two instances on one host), otherwise the host name.
     */
    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${send.scheduling.instance-name:}") String instanceName) {
        JdbcTemplateLockProvider.Configuration.Builder configuration = JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime();
        if (!instanceName.isBlank()) {
            configuration.withLockedByValue(instanceName);
        }
        return new JdbcTemplateLockProvider(configuration.build());
    }
}
