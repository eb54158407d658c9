package dk.coi.portal.wiki.internal;

import dk.coi.portal.shared.PortalLocales;
import dk.coi.portal.shared.Texts;
import dk.coi.portal.identity.PersonId;
import dk.coi.portal.identity.PersonalDataContributor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The wiki's part of a person's GDPR export: their edits, talk-page comments and proposals to reviewed pages
 * (the watchlist is the notification module's, stewardship actions are in the moderation log's part). Erasure keeps those contributions: the
 * wiki's history and discussions must stay whole; they are credited to "Slettet bruger" once the person row is
 * blanked.
 */
@Component
class WikiPersonalData implements PersonalDataContributor {

    private final WikiRevisionRepository revisions;
    private final WikiPageRepository pages;
    private final WikiTalkCommentRepository comments;
    private final WikiPendingEditRepository proposals;
    private final Texts texts;

    WikiPersonalData(WikiRevisionRepository revisions, WikiPageRepository pages, WikiTalkCommentRepository comments,
                     WikiPendingEditRepository proposals, Texts texts) {
        this.revisions = revisions;
        this.pages = pages;
        this.comments = comments;
        this.proposals = proposals;
        this.texts = texts;
    }

    @Override
    public String section() {
        return "wiki";
    }

    @Override
    public Object export(PersonId person) {
        long personId = person.value();
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("edits", revisions.findByPersonId(personId).stream().map(revision -> {
            Map<String, Object> edit = new LinkedHashMap<>();
            edit.put("revision", revision.getId());
            edit.put("page", titleOf(revision.getPageId()));
            edit.put("time", revision.getTime().toString());
            edit.put("summary", texts.get(PortalLocales.DANISH, revision.getSummary()));
            edit.put("minor", revision.isMinor());
            return edit;
        }).toList());
        export.put("comments", comments.findByPersonId(personId).stream().map(comment -> {
            Map<String, Object> written = new LinkedHashMap<>();
            written.put("page", titleOf(comment.getPageId()));
            written.put("time", comment.getCreatedAt().toString());
            written.put("text", comment.getBody());
            written.put("hidden", comment.isHidden());
            return written;
        }).toList());
        export.put("proposals", proposals.findByPersonIdOrderByIdDesc(personId).stream().map(proposal -> {
            Map<String, Object> proposed = new LinkedHashMap<>();
            proposed.put("page", titleOf(proposal.getPageId()));
            proposed.put("time", proposal.getCreatedAt().toString());
            proposed.put("text", proposal.getContent());
            proposed.put("summary", proposal.getSummary());
            proposed.put("status", proposal.getStatus().name());
            proposed.put("note", proposal.getReviewNote());
            return proposed;
        }).toList());
        return export;
    }

    private String titleOf(Long pageId) {
        return pageId == null ? null : pages.findById(pageId).map(WikiPage::getTitle).orElse(null);
    }

    @Override
    public void erase(PersonId person) {
        // Contributions stay, credited to "Slettet bruger" once the person row is blanked.
    }
}
