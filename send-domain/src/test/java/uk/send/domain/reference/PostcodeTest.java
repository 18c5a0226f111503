package uk.send.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({"SW1A 1AA,SW1A 1AA", "sw1a1aa,SW1A 1AA", " m1 1ae ,M1 1AE", "B338TH,B33 8TH", "cr2 6xh,CR2 6XH",
            "DN55 1PT,DN55 1PT", "w1a  0ax,W1A 0AX", "ec1a 1bb,EC1A 1BB"})
    void is_written_in_capitals_with_one_space_before_the_inward_code(String typed, String written) {
        assertThat(Postcode.of(typed).value()).isEqualTo(written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "SW1", "1AA", "SW1A 1A", "SW1A 1AAA", "QQ1 1AA1", "SW1A-1AA", "S\u0000W1 1AA",
            "ABC1 1AA", "A 1AA", "SW1A 11A", "ＳＷ１Ａ １ＡＡ"})
    void refuses_what_is_not_a_uk_postcode(String typed) {
        assertThat(Postcode.isValid(typed)).isFalse();
    }

    @Test
    void refuses_null() {
        assertThat(Postcode.isValid(null)).isFalse();
        assertThatThrownBy(() -> Postcode.of(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @CsvSource({"SW1A 1AA,SW1A,SW", "M1 1AE,M1,M", "B33 8TH,B33,B", "DN55 1PT,DN55,DN", "EC1A 1BB,EC1A,EC"})
    void knows_its_district_and_its_area(String postcode, String district, String area) {
        Postcode p = Postcode.of(postcode);
        assertThat(p.district()).isEqualTo(district);
        assertThat(p.area()).isEqualTo(area);
    }

    @Test
    void shows_only_its_district_when_printed_so_a_home_address_never_reaches_a_log() {
        assertThat(Postcode.of("SW1A 1AA").toString()).isEqualTo("Postcode[SW1A ***]");
    }
}
