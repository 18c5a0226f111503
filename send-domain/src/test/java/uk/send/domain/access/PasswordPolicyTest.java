package uk.send.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void accepts_the_demo_password_for_the_demo_senco() {
        assertThat(policy.check("send-demo-2026", "senco@demo.send")).isEmpty();
        assertThat(policy.isAcceptable("send-demo-2026", "senco@demo.send")).isTrue();
    }

    @Test
    void accepts_a_long_passphrase_without_any_digits_or_symbols() {
        assertThat(policy.check("correct horse battery staple", "jane.smith@x.gov.uk")).isEmpty();
    }

    @Test
    void rejects_a_password_of_eleven_characters() {
        assertThat(policy.check("kf8-Qz!w2pL", "senco@demo.send")).containsExactly(PasswordProblem.TOO_SHORT);
    }

    @Test
    void accepts_exactly_twelve_characters() {
        assertThat(policy.check("kf8-Qz!w2pLm", "senco@demo.send")).isEmpty();
    }

    @Test
    void rejects_more_than_128_characters() {
        assertThat(policy.check("kf8-Qz!w2pLm".repeat(11), null)).containsExactly(PasswordProblem.TOO_LONG);
        assertThat(policy.check("kf8-Qz!w2pLm".repeat(11).substring(0, 128), null)).isEmpty();
    }

    @Test
    void counts_unicode_characters_as_code_points_not_utf16_units() {
        // six emoji are twelve UTF-16 units but only six characters
        String sixEmoji = "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03\uD83D\uDE04\uD83D\uDE05";
        assertThat(sixEmoji).hasSize(12);
        assertThat(policy.check(sixEmoji, null)).containsExactly(PasswordProblem.TOO_SHORT);
        // twelve accented letters and emoji together are twelve characters
        assertThat(policy.check("ŵŷŝçéñ" + sixEmoji, null)).isEmpty();
    }

    @Test
    void counts_the_maximum_in_code_points_too() {
        String emoji = "\uD83D\uDE00";
        assertThat(policy.check(emoji.repeat(126) + "ŵŷ", null)).doesNotContain(PasswordProblem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "  Password1234 ", "qwertyuiop123", "Password123!", "administrator", "1q2w3e4r5t6y"})
    void rejects_a_very_common_password_whatever_its_case_or_surrounding_spaces(String password) {
        assertThat(policy.check(password, "senco@demo.send")).contains(PasswordProblem.TOO_COMMON);
    }

    @Test
    void reports_every_problem_a_short_common_password_has() {
        assertThat(policy.check("password", null)).containsExactly(PasswordProblem.TOO_SHORT, PasswordProblem.TOO_COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "############", "123456789012", "abcdefghijkl", "ABCDEFGHIJKL", "210987654321",
        "lkjihgfedcba", "xyzabcdefghi", "abababababab", "123412341234", "abcabcabcabc"})
    void rejects_a_repeated_character_a_simple_sequence_or_a_short_repeated_pattern(String password) {
        assertThat(policy.check(password, null)).contains(PasswordProblem.TOO_PREDICTABLE);
    }

    @Test
    void rejects_a_password_containing_the_local_part_of_the_email() {
        assertThat(policy.check("my-Jane.Smith-password", "jane.smith@x.gov.uk")).containsExactly(PasswordProblem.CONTAINS_EMAIL);
    }

    @Test
    void rejects_a_password_that_is_the_email_address() {
        assertThat(policy.check("Jo@x.gov.uk", "jo@x.gov.uk")).contains(PasswordProblem.CONTAINS_EMAIL);
        assertThat(policy.check(" jo@school.example.org ", "jo@school.example.org")).containsExactly(PasswordProblem.CONTAINS_EMAIL);
    }

    @Test
    void ignores_an_email_local_part_shorter_than_four_characters() {
        assertThat(policy.check("a-long-job-description", "job@x.gov.uk")).isEmpty();
    }

    @Test
    void checks_without_an_email_when_there_is_none() {
        assertThat(policy.check("a-long-job-description", null)).isEmpty();
        assertThat(policy.check("a-long-job-description", "")).isEmpty();
    }

    @Test
    void gives_each_problem_a_message_key_for_the_web_layer() {
        assertThat(PasswordProblem.TOO_SHORT.messageKey()).isEqualTo("password.tooShort");
        assertThat(PasswordProblem.TOO_LONG.messageKey()).isEqualTo("password.tooLong");
        assertThat(PasswordProblem.TOO_COMMON.messageKey()).isEqualTo("password.tooCommon");
        assertThat(PasswordProblem.CONTAINS_EMAIL.messageKey()).isEqualTo("password.containsEmail");
        assertThat(PasswordProblem.TOO_PREDICTABLE.messageKey()).isEqualTo("password.tooPredictable");
    }

    @Test
    void loads_several_hundred_common_passwords_from_the_resource_file() {
        assertThat(CommonPasswords.size()).isGreaterThan(300);
        assertThat(CommonPasswords.contains("letmein12345")).isTrue();
        assertThat(CommonPasswords.contains("# very common passwords")).isFalse();
    }
}
