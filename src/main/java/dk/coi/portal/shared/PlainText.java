package dk.coi.portal.shared;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text a reader sees of rendered Markdown, without its markup: what search indexes and shows in
 * snippets, so a snippet never shows Markdown syntax and never carries markup. Raw HTML in the source is
 * shown as text on the page, so it stays here as text too; highlight markers are removed.
 */
public final class PlainText {

    private PlainText() {
    }

    public static String ofMarkdown(String markdown) {
        Collector collector = new Collector();
        MarkdownSyntax.parse(markdown).accept(collector);
        return HighlightedText.unmarked(collector.text.toString().replaceAll("\\s+", " ").strip());
    }

    private static final class Collector extends AbstractVisitor {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(HtmlInline node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(HtmlBlock node) {
            text.append(node.getLiteral()).append(' ');
        }

        @Override
        public void visit(FencedCodeBlock node) {
            text.append(node.getLiteral()).append(' ');
        }

        @Override
        public void visit(IndentedCodeBlock node) {
            text.append(node.getLiteral()).append(' ');
        }

        @Override
        public void visit(SoftLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak node) {
            text.append(' ');
        }

        @Override
        protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block || parent instanceof TableCell) {
                text.append(' ');
            }
        }
    }
}
