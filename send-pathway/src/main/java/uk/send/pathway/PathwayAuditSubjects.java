package uk.send.pathway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.send.domain.audit.AuditSubjects;

/**
 * Which of the pathway's audited records are about a child, so that the audit trail filtered to a child
 * (and a subject access request) includes its assessments, advice requests, plans and SEN Support plans.
 */
@Configuration(proxyBeanMethods = false)
class PathwayAuditSubjects {

    @Bean
    AuditSubjects assessmentsAboutAChild() {
        return AuditSubjects.of("ASSESSMENT", "select id::text from needs_assessment where child_id = :child");
    }

    @Bean
    AuditSubjects adviceRequestsAboutAChild() {
        return AuditSubjects.of("ADVICE_REQUEST", """
                select r.id::text from advice_request r
                join needs_assessment a on a.id = r.assessment_id where a.child_id = :child""");
    }

    @Bean
    AuditSubjects plansAboutAChild() {
        return AuditSubjects.of("PLAN", "select id::text from ehc_plan where child_id = :child");
    }

    @Bean
    AuditSubjects supportPlansAboutAChild() {
        return AuditSubjects.of("SUPPORT_PLAN", """
                select p.id::text from support_plan p
                join sen_support_record r on r.id = p.record_id where r.child_id = :child""");
    }

    @Bean
    AuditSubjects disagreementsAboutAChild() {
        return AuditSubjects.of("DISAGREEMENT", "select id::text from disagreement where child_id = :child");
    }
}
