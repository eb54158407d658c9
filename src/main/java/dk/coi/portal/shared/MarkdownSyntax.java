package dk.coi.portal.shared;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** The portal's Markdown dialect (CommonMark with tables), parsed the same way for HTML and for plain text. */
final class MarkdownSyntax {

    static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private MarkdownSyntax() {
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }
}
