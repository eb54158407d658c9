package dk.coi.portal.shared;

import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Images from other sites are shown as links to them, as MediaWiki does by default: a page must not make its
 * readers' browsers contact other sites (tracking, GDPR), and the Content-Security-Policy allows images from the
 * portal only. An image without a text gets the address as its link text.
 */
final class ExternalImagesAsLinks extends AbstractVisitor {

    private static final Pattern EXTERNAL = Pattern.compile("(?i)^\\s*([a-z][a-z0-9+.-]*:|//).*", Pattern.DOTALL);

    static void apply(Node document) {
        document.accept(new ExternalImagesAsLinks());
    }

    @Override
    public void visit(Image image) {
        if (!EXTERNAL.matcher(image.getDestination()).matches()) {
            visitChildren(image);
            return;
        }
        Link link = new Link(image.getDestination(), image.getTitle());
        Node child = image.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.appendChild(child);
            child = next;
        }
        if (link.getFirstChild() == null) {
            link.appendChild(new Text(image.getDestination()));
        }
        image.insertBefore(link);
        image.unlink();
    }
}
