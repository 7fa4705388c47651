package org.tongban.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.delegation.DelegationRegister;
import org.tongban.network.NetworkQueries;

/**
 * Runs the {@link Router} over what the database holds now: the network, the backlogs and the
 * item's delegation register. It only gathers; every decision is the router's.
 */
@ApplicationScoped
public class RoutingService {

    @Inject
    EntityManager em;

    @Inject
    NetworkQueries network;

    @Inject
    DelegationRegister delegations;

    private final Router router;

    @Inject
    public RoutingService(RoutingConfig config) {
        this.router = new Router(new Router.Settings(
                config.overflowThreshold(),
                config.overflowExtraKm(),
                config.overflowBacklogRatio(),
                config.tieToleranceKm()));
    }

    public RoutingDecision route(RoutingRequest request) {
        List<RoutingPoint> points =
                network.allPointViews().stream().map(RoutingPoint::of).toList();
        String item = request.item().code();
        return router.route(request, points, backlogs(item), delegations.ofItem(item));
    }

    /** Undecided cases of one item per handling point: one indexed query, whatever the candidates. */
    public Map<String, Long> backlogs(String itemCode) {
        List<Object[]> rows = em.createQuery(
                        "SELECT a.handlingPoint, count(a) FROM Application a WHERE a.itemCode = ?1 AND a.isOpen = true"
                                + " GROUP BY a.handlingPoint",
                        Object[].class)
                .setParameter(1, itemCode)
                .getResultList();
        Map<String, Long> backlogs = new HashMap<>();
        rows.forEach(row -> backlogs.put((String) row[0], ((Number) row[1]).longValue()));
        return backlogs;
    }
}
