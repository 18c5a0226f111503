package uk.send.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.core.serializer.support.DeserializingConverter;

class NoticeTest {

    @Test
    void a_notice_survives_the_trip_through_a_session_kept_in_the_database() {
        Notice notice = Notice.of("admin.settings.created", "Oak Primary");

        byte[] bytes = new SerializingConverter().convert(notice);
        Object back = new DeserializingConverter().convert(bytes);

        assertThat(back).isEqualTo(notice);
    }
}
