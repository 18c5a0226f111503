package uk.send.web.transfer;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.Viewer;
import uk.send.domain.transfer.DataImports;
import uk.send.domain.transfer.ImportView;

/** Uploading a migration file as the imports page does, for the tests of every kind. */
final class ImportUploads {

    private ImportUploads() {
    }

    /** Uploads a migration file on its form and waits (a minute at most) for the background import to finish. */
    static ImportView upload(MockMvc mvc, RequestPostProcessor admin, DataImports imports, Viewer adminViewer,
                             String action, String field, byte[] file) throws Exception {
        String page = mvc.perform(multipart(action).file(new MockMultipartFile(field, "file.csv", "text/csv", file))
                        .with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        ImportView found = imports.find(id, adminViewer);
        while (found.status().isRunning() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            found = imports.find(id, adminViewer);
        }
        return found;
    }
}
