package io.mediamon.alert.query;

import java.util.List;

/**
 * The query API's routes and the auth scope each needs. Until common's server enforces scopes, this table is where
 * they are declared; the service registers exactly these paths.
 */
public final class QueryRoutes {
    /** A route prefix and its scope. */
    public record Route(String path, String scope) {
    }

    public static final String READ = "read";
    public static final List<Route> ROUTES = List.of(new Route("/entities", READ), new Route("/alerts", READ));

    private QueryRoutes() {
    }
}
