package dk.coi.portal.shared;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Gives each heading of one rendered text a stable id, as MediaWiki does: its words with underscores for spaces
 * ({@code afsnit-Syv_principper}), numbered when a heading repeats ({@code _2}), prefixed so that no heading can
 * take an id the portal's own page uses. A new one for every rendering, as the ids are unique within a text.
 */
final class HeadingIds implements AttributeProvider {

    /** Before every heading's id: no id the portal gives its own elements starts so. */
    static final String PREFIX = "afsnit-";
    /** Long enough for any heading people write; HtmlAllowList lets ids through up to this length (and the prefix). */
    static final int MAX_LENGTH = 100;
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{N}\\s_.-]");

    private final Set<String> used = new HashSet<>();

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading) {
            attributes.put("id", unique(PREFIX + slug(textOf(node))));
        }
    }

    /** The heading's words as an id: spaces become underscores, characters an address would escape are left out. */
    static String slug(String text) {
        String slug = DROPPED.matcher(text).replaceAll("").strip().replaceAll("\\s+", "_");
        return slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug;
    }

    private String unique(String id) {
        String candidate = id.equals(PREFIX) ? PREFIX + "1" : id;
        for (int number = 2; !used.add(candidate); number++) {
            candidate = id + "_" + number;
        }
        return candidate;
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Text literal -> text.append(literal.getLiteral());
                case Code code -> text.append(code.getLiteral());
                case SoftLineBreak ignored -> text.append(' ');
                case HardLineBreak ignored -> text.append(' ');
                default -> text.append(textOf(child));
            }
        }
        return text.toString();
    }
}
