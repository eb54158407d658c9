package dk.coi.portal.landscape.internal;

import dk.coi.portal.search.SearchAnalyzers;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * A case in the portal search: its {@code title}, and as its {@code body} its summary, its tags and the name of its
 * organisation, so that searching for "Ungecenteret" or a tag finds it. The organisation's name is read over the
 * session's own connection (no query through Hibernate, which would flush while the index is being written); a case
 * moved to another organisation by a merge is indexed again (its {@code organisationId} changes), a renamed
 * organisation's cases when the index is rebuilt.
 */
public class CaseSearchBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("tags").use("organisationId");
        IndexFieldReference<String> title = context.indexSchemaElement()
                .field("title", field -> field.asString().analyzer(SearchAnalyzers.DANISH)
                        .highlightable(List.of(Highlightable.ANY)))
                .toReference();
        IndexFieldReference<String> body = context.indexSchemaElement()
                .field("body", field -> field.asString().analyzer(SearchAnalyzers.DANISH)
                        .highlightable(List.of(Highlightable.ANY)))
                .toReference();
        context.bridge(LandscapeCase.class, new Bridge(title, body));
    }

    private static final class Bridge implements TypeBridge<LandscapeCase> {

        private final IndexFieldReference<String> title;
        private final IndexFieldReference<String> body;

        Bridge(IndexFieldReference<String> title, IndexFieldReference<String> body) {
            this.title = title;
            this.body = body;
        }

        @Override
        public void write(DocumentElement target, LandscapeCase landscapeCase, TypeBridgeWriteContext context) {
            Session session = context.extension(HibernateOrmExtension.get()).session();
            List<String> parts = new ArrayList<>();
            parts.add(landscapeCase.getSummary());
            String organisation = organisationName(session, landscapeCase.getOrganisationId());
            if (organisation != null) {
                parts.add(organisation);
            }
            if (!landscapeCase.getTags().isEmpty()) {
                parts.add(String.join(" · ", landscapeCase.getTags()));
            }
            target.addValue(title, landscapeCase.getTitle());
            target.addValue(body, String.join("\n\n", parts));
        }

        private static String organisationName(Session session, long organisationId) {
            return session.doReturningWork(connection -> {
                try (var statement = connection.prepareStatement("select name from organisation where id = ?")) {
                    statement.setLong(1, organisationId);
                    try (var rows = statement.executeQuery()) {
                        return rows.next() ? rows.getString(1) : null;
                    }
                }
            });
        }
    }
}
