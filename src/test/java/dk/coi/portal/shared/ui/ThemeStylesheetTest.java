package dk.coi.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The theme's stylesheet closes every block it opens. A lost "}" is no error to a browser: it nests every rule after
 * it inside the open one, where none of them match (a merge once dropped four, and the map drew unstyled).
 */
class ThemeStylesheetTest {

    @Test
    void everyBlockOpenedIsClosedInOrder() throws IOException {
        String css = Files.readString(Path.of("themes/portal/styles.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a block closed that was never opened, line %d without comments", line)
                        .isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end of the stylesheet").isZero();
    }
}
