package uk.send.funding.topup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.send.domain.audit.AuditSubjects;
import uk.send.domain.audit.SubjectAccessSection;

/**
 * Which of the funding module's records are about a child: for the audit trail filtered to a child, and for a
 * subject access export (applications for top-up funding and the awards made).
 */
@Configuration(proxyBeanMethods = false)
class TopUpRecordsAboutAChild {

    @Bean
    AuditSubjects topUpApplicationsAboutAChild() {
        return AuditSubjects.of(TopUpFunding.APPLICATION, "select id::text from top_up_application where child_id = :child");
    }

    @Bean
    AuditSubjects topUpAwardsAboutAChild() {
        return AuditSubjects.of(TopUpFunding.AWARD, "select id::text from top_up_award where child_id = :child");
    }

    @Bean
    SubjectAccessSection topUpApplicationsForSubjectAccess() {
        return SubjectAccessSection.of("top-up-applications", "Applications for top-up funding and the panel's decisions",
                "select a.* from top_up_application a where a.child_id = :child order by a.id");
    }

    @Bean
    SubjectAccessSection topUpAwardsForSubjectAccess() {
        return SubjectAccessSection.of("top-up-awards", "Top-up funding awarded: band, value and dates",
                "select a.* from top_up_award a where a.child_id = :child order by a.id");
    }
}
