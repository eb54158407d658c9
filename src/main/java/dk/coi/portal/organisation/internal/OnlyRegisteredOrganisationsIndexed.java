package dk.coi.portal.organisation.internal;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/** Keeps merged duplicates out of the search index: the portal search finds the organisation kept, once. */
public class OnlyRegisteredOrganisationsIndexed implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("mergedInto");
        context.bridge(Organisation.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Organisation> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Organisation organisation,
                          RoutingBridgeRouteContext context) {
            if (organisation.isMerged()) {
                routes.notIndexed();
            } else {
                routes.addRoute();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Organisation organisation,
                                   RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}
