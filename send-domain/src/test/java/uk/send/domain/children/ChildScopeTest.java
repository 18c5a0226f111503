package uk.send.domain.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import uk.send.domain.testing.Fixtures;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;

@SpringBootTest
class ChildScopeTest {

    @Autowired
    ChildDirectory directory;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    Fixtures fixtures;

    Fixtures.TwoFamilies families;

    @BeforeEach
    void twoFamiliesInTwoFootprints() {
        families = fixtures.twoFamiliesInTwoFootprints();
    }

    private Viewer viewer(AccountView account) {
        return accounts.viewer(account.id()).orElseThrow();
    }

    @Test
    void a_parent_sees_their_own_child_and_no_other() {
        Viewer p = viewer(families.parent());

        assertThat(directory.view(p, families.ownChild()).id()).isEqualTo(families.ownChild());
        assertThatThrownBy(() -> directory.view(p, families.otherChild())).isInstanceOf(NotInScopeException.class);
        assertThat(directory.search(p, null, null, PageRequest.of(0, 50)).getContent())
                .extracting(ChildSummary::id).containsExactly(families.ownChild());
    }

    @Test
    void a_senco_sees_children_on_roll_at_their_setting_only() {
        Viewer senco = viewer(fixtures.account(Role.SENCO, families.northSchool().id(), Set.of()));

        assertThat(directory.view(senco, families.ownChild()).id()).isEqualTo(families.ownChild());
        assertThatThrownBy(() -> directory.view(senco, families.otherChild())).isInstanceOf(NotInScopeException.class);
    }

    @Test
    void a_caseworker_sees_children_whose_home_is_in_their_footprints_only() {
        Viewer caseworker = viewer(fixtures.account(Role.CASEWORKER, null, Set.of(families.south().id())));

        assertThat(directory.view(caseworker, families.otherChild()).id()).isEqualTo(families.otherChild());
        assertThatThrownBy(() -> directory.view(caseworker, families.ownChild())).isInstanceOf(NotInScopeException.class);
        assertThat(directory.search(caseworker, null, null, PageRequest.of(0, 500)).getContent())
                .extracting(ChildSummary::id).contains(families.otherChild()).doesNotContain(families.ownChild());
    }

    @Test
    void a_commissioner_sees_no_individual_child() {
        Viewer commissioner = viewer(fixtures.account(Role.COMMISSIONER, null, Set.of()));

        assertThatThrownBy(() -> directory.view(commissioner, families.ownChild())).isInstanceOf(NotInScopeException.class);
        assertThat(directory.search(commissioner, null, null, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void every_view_and_every_refusal_is_audited() {
        Viewer p = viewer(families.parent());

        directory.view(p, families.ownChild());
        assertThatThrownBy(() -> directory.view(p, families.otherChild())).isInstanceOf(NotInScopeException.class);

        assertThat(audit.forEntity("CHILD", families.ownChild())).extracting(e -> e.action()).contains(AuditAction.CHILD_VIEWED);
        assertThat(audit.forEntity("CHILD", families.otherChild()))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED);
                    assertThat(e.actorId()).isEqualTo(families.parent().id());
                });
    }

    @Test
    void search_finds_a_child_by_date_of_birth_written_the_british_way() {
        Viewer caseworker = viewer(fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id())));

        assertThat(directory.search(caseworker, "1/3/2015", null, PageRequest.of(0, 500)).getContent())
                .extracting(ChildSummary::id).contains(families.ownChild());
    }
}
