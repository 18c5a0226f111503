package uk.send.domain.children;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.send.domain.audit.SubjectAccessSection;

/** The child's own record and their parents and carers, for a subject access export. */
@Configuration(proxyBeanMethods = false)
class ChildSubjectAccess {

    @Bean
    SubjectAccessSection childRecord() {
        return SubjectAccessSection.of("child", "The child's record: names, date of birth, identifiers, home, setting and needs", """
                select c.id, c.given_name, c.family_name, c.date_of_birth, c.upn, c.nhs_number, c.home_postcode,
                       f.name as home_footprint, s.name as setting, c.primary_need, c.secondary_need, c.sen_provision,
                       c.created_at
                from child c join footprint f on f.id = c.home_footprint_id left join setting s on s.id = c.setting_id
                where c.id = :child""");
    }

    @Bean
    SubjectAccessSection carers() {
        return SubjectAccessSection.of("carers", "The child's parents and carers and their contact details", """
                select id, given_name, family_name, relationship, parental_responsibility, email, phone, created_at
                from carer where child_id = :child order by id""");
    }
}
