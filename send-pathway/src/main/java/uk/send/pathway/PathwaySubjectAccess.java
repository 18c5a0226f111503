package uk.send.pathway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.send.domain.audit.SubjectAccessSection;

/**
 * The pathway's records about a child, for a subject access export: needs assessments with their timelines,
 * advice and the family's say, EHC plans with every version, and SEN Support with every cycle. Whole rows
 * ({@code select t.*}), so a column added later is exported without anyone remembering to add it here.
 */
@Configuration(proxyBeanMethods = false)
class PathwaySubjectAccess {

    @Bean
    SubjectAccessSection assessmentsForSubjectAccess() {
        return SubjectAccessSection.of("assessments", "EHC needs assessments: the request, decisions and dates",
                "select a.* from needs_assessment a where a.child_id = :child order by a.id");
    }

    @Bean
    SubjectAccessSection timelinesForSubjectAccess() {
        return SubjectAccessSection.of("assessment-timelines", "Each step of each assessment, when and by whom", """
                select e.* from assessment_event e join needs_assessment a on a.id = e.assessment_id
                where a.child_id = :child order by e.assessment_id, e.id""");
    }

    @Bean
    SubjectAccessSection adviceForSubjectAccess() {
        return SubjectAccessSection.of("advice", "Advice asked for and given for each assessment", """
                select r.* from advice_request r join needs_assessment a on a.id = r.assessment_id
                where a.child_id = :child order by r.id""");
    }

    @Bean
    SubjectAccessSection draftResponsesForSubjectAccess() {
        return SubjectAccessSection.of("draft-plan-comments", "The family's comments on draft plans, section by section", """
                select d.* from draft_response_comment d join needs_assessment a on a.id = d.assessment_id
                where a.child_id = :child order by d.assessment_id, d.section""");
    }

    @Bean
    SubjectAccessSection aboutMeForSubjectAccess() {
        return SubjectAccessSection.of("about-me", "The child's and the parents' own views (section A)",
                "select m.* from about_me m where m.child_id = :child order by m.whose");
    }

    @Bean
    SubjectAccessSection planVersionsForSubjectAccess() {
        return SubjectAccessSection.of("plan-versions", "Every version of the EHC plan: drafts, finals and amendments", """
                select v.* from plan_version v join ehc_plan p on p.id = v.plan_id
                where p.child_id = :child order by v.plan_id, v.number""");
    }

    @Bean
    SubjectAccessSection planOutcomesForSubjectAccess() {
        return SubjectAccessSection.of("plan-outcomes", "The outcomes in each version of the plan", """
                select o.* from plan_outcome o join plan_version v on v.id = o.plan_version_id join ehc_plan p on p.id = v.plan_id
                where p.child_id = :child order by o.plan_version_id, o.position""");
    }

    @Bean
    SubjectAccessSection planProvisionForSubjectAccess() {
        return SubjectAccessSection.of("plan-provision", "The provision in each version of the plan", """
                select o.* from plan_provision o join plan_version v on v.id = o.plan_version_id join ehc_plan p on p.id = v.plan_id
                where p.child_id = :child order by o.plan_version_id, o.position""");
    }

    @Bean
    SubjectAccessSection senSupportForSubjectAccess() {
        return SubjectAccessSection.of("sen-support", "Times at SEN Support: setting, needs, when added and removed and why",
                "select r.* from sen_support_record r where r.child_id = :child order by r.id");
    }

    @Bean
    SubjectAccessSection supportPlansForSubjectAccess() {
        return SubjectAccessSection.of("support-plans", "Every assess–plan–do–review cycle of SEN Support", """
                select p.* from support_plan p join sen_support_record r on r.id = p.record_id
                where r.child_id = :child order by p.record_id, p.cycle""");
    }

    @Bean
    SubjectAccessSection supportPlanFamilyViewsForSubjectAccess() {
        return SubjectAccessSection.of("support-plan-family-views",
                "The family's views on SEN Support plans, sent online: the words, who sent them and when", """
                select v.* from support_plan_family_views v join support_plan p on p.id = v.plan_id
                join sen_support_record r on r.id = p.record_id
                where r.child_id = :child order by v.id""");
    }

    @Bean
    SubjectAccessSection reviewsForSubjectAccess() {
        return SubjectAccessSection.of("plan-reviews", "Annual reviews of the EHC plan: meetings, reports, views and decisions", """
                select r.* from plan_review r join ehc_plan p on p.id = r.plan_id
                where p.child_id = :child order by r.id""");
    }

    @Bean
    SubjectAccessSection disagreementsForSubjectAccess() {
        return SubjectAccessSection.of("mediation-and-appeals", "Mediation and tribunal appeals and their outcomes",
                "select d.* from disagreement d where d.child_id = :child order by d.id");
    }
}
