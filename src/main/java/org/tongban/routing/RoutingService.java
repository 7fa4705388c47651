package org.tongban.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.delegation.DelegationRegister;
import org.tongban.network.NetworkQueries;
import org.tongban.network.NetworkSnapshot;

/**
 * Runs the {@link Router} over the network and the item's delegation register as committed (both
 * from memory) and the backlogs (one indexed read). It only gathers; every decision is the router's.
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

    /** The router's indexed view of one network snapshot, built once per snapshot rather than per request. */
    private record Points(NetworkSnapshot source, RoutingNetwork network) {}

    private volatile Points points;

    public RoutingDecision route(RoutingRequest request) {
        String item = request.item().code();
        return router.route(request, points(), backlogs(item), delegations.ofItem(item));
    }

    private RoutingNetwork points() {
        NetworkSnapshot current = network.snapshot();
        Points known = points;
        if (known == null || known.source() != current) {
            known = new Points(
                    current,
                    RoutingNetwork.of(
                            current.points().stream().map(RoutingPoint::of).toList()));
            points = known;
        }
        return known.network();
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
