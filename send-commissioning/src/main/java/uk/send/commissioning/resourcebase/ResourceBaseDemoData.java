package uk.send.commissioning.resourcebase;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountService;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingView;

/** Demo places at each demo resource base (synthetic): an autism pathway and a second need, set by the demo commissioner. */
@Component
@Order(6)
@ConditionalOnBooleanProperty("send.demo-data")
class ResourceBaseDemoData implements ApplicationRunner {

    private static final NeedCode[] SECOND = {NeedCode.SLCN, NeedCode.SEMH, NeedCode.HI, NeedCode.MLD};

    private final ResourceBases bases;
    private final AccountService accounts;
    private final JdbcClient jdbc;

    ResourceBaseDemoData(ResourceBases bases, AccountService accounts, JdbcClient jdbc) {
        this.bases = bases;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from resource_base_places)").query(Boolean.class).single()) {
            return;
        }
        var commissioner = accounts.forSignIn(DemoAccounts.COMMISSIONER).flatMap(a -> accounts.viewer(a.userId()));
        if (commissioner.isEmpty()) {
            return;
        }
        int i = 0;
        for (SettingView base : bases.bases()) {
            bases.setPlaces(commissioner.get(), base.id(), NeedCode.ASD, 8 + 2 * (i % 3));
            bases.setPlaces(commissioner.get(), base.id(), SECOND[i % SECOND.length], 4 + i % 3);
            i++;
        }
    }
}
