package uk.send.web.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bringing data in.
 *
 * @param laCode      the council's DfE local authority code: a GIAS extract's rows for other councils are left out
 * @param maxFileSize the largest file an administrator may upload (the database refuses more than 20 MB)
 * @param maxRows     the most data rows one file may have
 */
@ConfigurationProperties("send.imports")
record ImportSettings(@DefaultValue("999") String laCode, @DefaultValue("20MB") DataSize maxFileSize,
                      @DefaultValue("200000") int maxRows) {
}
