package dk.coi.portal.ideastorm.internal;

import dk.coi.portal.ideastorm.IdeaOrder;
import dk.coi.portal.ideastorm.IdeaQuery;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * One page of a storm's ideas, in the order asked, read by the database: the page's ids first (on the list index,
 * without the texts), then those ideas, so a storm with thousands of ideas is never loaded whole. Random order is a
 * hash of the visitor's seed and each idea's id: the same seed gives the same order on every page and visit (design
 * decision 011). Most votes counts each idea's votes on the vote key (decision 012), most comments its visible
 * comments on the comments' idea index.
 */
@Component
class IdeaListing {

    private static final Map<IdeaOrder, String> ORDERS = Map.of(
            IdeaOrder.RANDOM, "crc32(concat(:seed, '-', i.id)), i.id",
            IdeaOrder.NEWEST, "i.created_at desc, i.id desc",
            IdeaOrder.MOST_VOTES, "(select count(*) from idea_vote v where v.idea_id = i.id) desc, i.id",
            IdeaOrder.MOST_COMMENTS, "(select count(*) from idea_comment c where c.idea_id = i.id"
                    + " and c.hidden_at is null) desc, i.id");

    private static final String BY_THEME = "(select t.position from storm_theme t where t.id = i.theme_id) is null, "
            + "(select t.position from storm_theme t where t.id = i.theme_id), i.theme_id, ";

    private final EntityManager entityManager;
    private final IdeaRepository ideas;

    IdeaListing(EntityManager entityManager, IdeaRepository ideas) {
        this.entityManager = entityManager;
        this.ideas = ideas;
    }

    /**
     * The ideas of the page, in order, theme by theme first when {@code byTheme} (the storm's order of themes, those
     * without one last); hidden ones only when {@code withHidden} (staff), never waiting ones.
     */
    List<Idea> page(long stormId, IdeaQuery query, String seed, boolean withHidden, boolean byTheme) {
        String order = (byTheme ? BY_THEME : "") + ORDERS.get(query.order());
        Query select = entityManager.createNativeQuery("select i.id from idea i where " + filter(query, withHidden)
                + " order by " + order + " limit :limit offset :offset", Long.class);
        bind(select, stormId, query);
        if (query.order() == IdeaOrder.RANDOM) {
            select.setParameter("seed", seed);
        }
        select.setParameter("limit", IdeaQuery.PAGE_SIZE);
        select.setParameter("offset", query.page() * IdeaQuery.PAGE_SIZE);
        @SuppressWarnings("unchecked")
        List<Long> ids = select.getResultList();
        Map<Long, Idea> byId = ideas.findAllById(ids).stream()
                .collect(Collectors.toMap(Idea::getId, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    long count(long stormId, IdeaQuery query, boolean withHidden) {
        Query count = entityManager.createNativeQuery("select count(*) from idea i where " + filter(query, withHidden),
                Long.class);
        bind(count, stormId, query);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * Fixed SQL only: the values the visitor chose are bound as parameters. Ideas waiting for approval are in no
     * list, not even staff's (they are in the moderation queue), nor are merged ideas (their votes count on the kept one).
     */
    private static String filter(IdeaQuery query, boolean withHidden) {
        return "i.storm_id = :storm and i.merged_into is null"
                + (withHidden ? " and i.awaiting_approval_since is null" : " and i.hidden_at is null")
                + (query.theme() == null ? "" : " and i.theme_id = :theme")
                + (query.status() == null ? "" : " and i.status = :status");
    }

    private static void bind(Query query, long stormId, IdeaQuery ideaQuery) {
        query.setParameter("storm", stormId);
        if (ideaQuery.theme() != null) {
            query.setParameter("theme", ideaQuery.theme().value());
        }
        if (ideaQuery.status() != null) {
            query.setParameter("status", ideaQuery.status().name());
        }
    }
}
