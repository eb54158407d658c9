package dk.coi.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The attacks every surface that shows user content is tried with: src/test/resources/xss/*-vectors.txt, one
 * attack a line ("\n" stands for a line break, "\u0000" for a NUL character), lines starting with "#" are comments.
 */
public final class XssCorpus {

    private static final Path FOLDER = Path.of("src/test/resources/xss");

    private XssCorpus() {
    }

    /** Attacks on text that is rendered as Markdown: page bodies, comments. */
    public static List<String> bodies() {
        return Stream.of("markdown-vectors.txt", "html-vectors.txt").flatMap(XssCorpus::read).toList();
    }

    /** The same attacks as one-line texts: names, summaries, reasons. */
    public static List<String> lines() {
        return bodies().stream().map(attack -> attack.replaceAll("[\\n\\u0000]", " ").strip()).distinct().toList();
    }

    /** Attacks that are valid page titles. */
    public static List<String> titles() {
        return read("title-vectors.txt").toList();
    }

    private static Stream<String> read(String file) {
        try {
            return Files.readAllLines(FOLDER.resolve(file), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.replace("\\n", "\n").replace("\\u0000", "\u0000"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
