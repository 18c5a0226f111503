package uk.send.domain.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.domain.testing.Fixtures;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Upn;

/** The database's UPN check agrees with {@link Upn}: every check letter the code accepts can be stored. */
@SpringBootTest
class UpnStorageTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_child_can_be_stored_with_a_upn_of_every_check_letter() {
        Map<Character, Upn> oneOfEachLetter = new TreeMap<>();
        int establishment = Fixtures.next() % 10_000;
        for (int serial = 0; oneOfEachLetter.size() < 23; serial++) {
            Upn upn = Upn.generate(998, establishment, 26, serial);
            oneOfEachLetter.putIfAbsent(upn.value().charAt(0), upn);
        }
        FootprintView home = fixtures.footprint();

        oneOfEachLetter.values().forEach(upn -> jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, upn, home_footprint_id)
                        values ('Alex', 'Tester', :born, :upn, :home)""")
                .param("born", LocalDate.of(2015, 3, 1))
                .param("upn", upn.value())
                .param("home", home.id())
                .update());

        assertThat(oneOfEachLetter).containsKey('Q');
        assertThat(jdbc.sql("select count(*) from child where home_footprint_id = :home").param("home", home.id())
                .query(Long.class).single()).isEqualTo(23);
    }
}
