import com.sass_lang.embedded_protocol.OutputStyle;
import de.larsgrefer.sass.embedded.SassCompiler;
import de.larsgrefer.sass.embedded.SassCompilerFactory;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build-time step (run by exec-maven-plugin in generate-resources): compiles the council's stylesheet
 * from GOV.UK Frontend's Sass, unpacked from its WebJar, with the Dart Sass compiler that
 * sass-embedded-host bundles. No Node is needed.
 *
 * Arguments: the entry .scss file, the load path holding govuk/, the .css file to write.
 */
public class SassBuild {
    public static void main(String[] args) throws Exception {
        Path entry = Path.of(args[0]);
        File loadPath = new File(args[1]);
        Path output = Path.of(args[2]);
        if (Files.exists(output) && Files.getLastModifiedTime(output).compareTo(Files.getLastModifiedTime(entry)) > 0) {
            System.out.println("[sass] " + output.getFileName() + " is up to date");
            return;
        }
        try (SassCompiler compiler = SassCompilerFactory.bundled()) {
            compiler.setLoadPaths(List.of(loadPath, entry.getParent().toFile()));
            compiler.setOutputStyle(OutputStyle.COMPRESSED);
            compiler.setQuietDeps(true);
            compiler.setSilent(true);
            String css = compiler.compileFile(entry.toFile()).getCss();
            Files.createDirectories(output.getParent());
            Files.writeString(output, css, StandardCharsets.UTF_8);
            System.out.println("[sass] wrote " + output + " (" + css.length() + " characters)");
        }
    }
}
