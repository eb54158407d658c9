package dk.coi.portal.wiki.internal;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps deleted pages and redirects out of the search index, so search only finds pages people can read. */
public class OnlyReadablePagesIndexed implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("deletedAt").use("content");
        context.bridge(WikiPage.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<WikiPage> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, WikiPage page,
                          RoutingBridgeRouteContext context) {
            if (page.isDeleted() || page.isRedirect()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, WikiPage page,
                                   RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
