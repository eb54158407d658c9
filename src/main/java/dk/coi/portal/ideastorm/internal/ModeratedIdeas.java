package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.identity.PersonId;
import dk.coi.portal.ideastorm.IdeaId;
import dk.coi.portal.ideastorm.IdeaMergeService;
import dk.coi.portal.ideastorm.IdeaPublished;
import dk.coi.portal.ideastorm.StormId;
import dk.coi.portal.moderation.LogKind;
import dk.coi.portal.moderation.ModeratedContent;
import dk.coi.portal.moderation.ModeratedItem;
import dk.coi.portal.moderation.ModerationDecision;
import dk.coi.portal.shared.Phrase;
import dk.coi.portal.shared.PlainText;
import dk.coi.portal.shared.Reason;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Ideas as moderated content: described for the staff queue (named by their storm, never by their own title, which
 * is content), hidden and shown by moderation's decisions. A hidden idea leaves lists, search and the similar ideas
 * for everyone but staff; its author sees it hidden with the reason. Approving a held idea publishes it.
 */
@Component
class ModeratedIdeas implements ModeratedContent {

    private final IdeaRepository ideas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModeratedIdeas(IdeaRepository ideas, ApplicationEventPublisher events, Clock clock) {
        this.ideas = ideas;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Set<LogKind> staffDecisions() {
        return Set.of(IdeaMergeService.MERGE, IdeaMergeService.UNDO);
    }

    @Override
    public String type() {
        return IdeaId.SUBJECT_TYPE;
    }

    @Override
    public Map<Long, ModeratedItem> describe(Collection<Long> ids) {
        Map<Long, IdeaRepository.IdeaPlace> places = places(ids);
        Map<Long, ModeratedItem> items = new HashMap<>();
        for (Idea idea : ideas.findAllById(ids)) {
            IdeaRepository.IdeaPlace place = places.get(idea.getId());
            items.put(idea.getId(), new ModeratedItem(Phrase.of("ideastorm.moderation.idea-in", place.getStormTitle(),
                    idea.getTitle()),
                    ModeratedItem.excerptOf(idea.getTitle() + ": " + PlainText.ofMarkdown(idea.getDescription())),
                    place.path(), idea.isHidden(), PersonId.of(idea.getAuthorId())));
        }
        return items;
    }

    /** Only where the ideas are, for public logs: no text is read or rendered. */
    @Override
    public Map<Long, String> paths(Collection<Long> ids) {
        return places(ids).values().stream().collect(Collectors.toMap(IdeaRepository.IdeaPlace::getId,
                IdeaRepository.IdeaPlace::path));
    }

    @Override
    public void hide(long id, ModerationDecision decision) {
        ideas.findById(id).orElseThrow()
                .hide(decision.personId(), decision.givenReason().map(Reason::text).orElse(null), clock.instant());
    }

    @Override
    public void show(long id, ModerationDecision decision) {
        ideas.findById(id).orElseThrow().show();
    }

    /** Published: shown, and the storm's open lists are told of a new idea. */
    @Override
    public void approve(long id, ModerationDecision decision) {
        Idea idea = ideas.findById(id).orElseThrow();
        idea.show();
        events.publishEvent(new IdeaPublished(StormId.of(idea.getStormId()), idea.ideaId()));
    }

    private Map<Long, IdeaRepository.IdeaPlace> places(Collection<Long> ids) {
        return ideas.findPlaces(ids).stream().collect(Collectors.toMap(IdeaRepository.IdeaPlace::getId, p -> p));
    }

}
