package org.tongban.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.common.JsonCodec;
import org.tongban.common.Page;
import org.tongban.common.ProblemException;
import org.tongban.identity.Caller;
import org.tongban.identity.DataScope;
import org.tongban.privacy.PersonalDataKeys;
import org.tongban.routing.RoutingDecision;

/** Reading applications within the caller's scope; newest first, keyset-paginated by id. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationQueries {

    @Inject
    EntityManager em;

    @Inject
    ApplicationViews views;

    @Inject
    JsonCodec json;

    public Application visible(Caller caller, String number) {
        return ApplicationAccess.visible(caller, number);
    }

    /** The view of an application already found {@link #visible} to the caller: no second read. */
    public ApplicationView view(Caller caller, Application visible) {
        return views.of(visible, caller);
    }

    @Inject
    PersonalDeclarations declarations;

    /** The routing decision; staff see the applicant's position only to about a kilometre, unless the item is about a site. */
    public RoutingDecision routing(Caller caller, String number) {
        Application a = visible(caller, number);
        RoutingDecision decision = json.read(a.routing, RoutingDecision.class);
        return ApplicationAccess.isApplicant(caller, a) || declarations.of(a).exactPlace()
                ? decision
                : decision.withCoarseOrigin();
    }

    /** The applications {@code scope} selects (the caller's, or a part of it), newest first. */
    public Page<ApplicationView> list(
            Caller caller, DataScope scope, ApplicationState state, String itemCode, Long before, int limit) {
        List<DataScope.Condition> branches = scope.visible("a");
        if (branches.isEmpty()) {
            throw ProblemException.forbidden("scope.no-applications");
        }
        var filter = new StringBuilder();
        var params = new HashMap<String, Object>();
        if (state != null) {
            filter.append(" AND a.state = :state");
            params.put("state", state);
        }
        if (itemCode != null) {
            filter.append(" AND a.itemCode = :item");
            params.put("item", itemCode);
        }
        if (before != null) {
            filter.append(" AND a.id < :before");
            params.put("before", before);
        }
        // Newest first from each branch, then the newest of those: one page's worth per branch.
        List<Application> found = Page.merge(
                branches.stream()
                        .map(branch -> newestFirst(branch, filter.toString(), params, limit + 1))
                        .toList(),
                Comparator.comparingLong((Application a) -> a.id).reversed(),
                a -> a.id,
                limit + 1);
        Page<Application> page = Page.of(found, limit, a -> String.valueOf(a.id));
        return new Page<>(views.of(page.items(), caller), page.nextCursor());
    }

    private List<Application> newestFirst(
            DataScope.Condition branch, String filter, Map<String, Object> params, int rows) {
        var query = em.createQuery(
                        "SELECT a FROM Application a WHERE (" + branch.jpql() + ")" + filter + " ORDER BY a.id DESC",
                        Application.class)
                .setMaxResults(rows);
        branch.params()
                .forEach((name, value) -> query.setParameter(
                        name,
                        name.equals(DataScope.Applicant.HASHED)
                                ? PersonalDataKeys.lookup().of((String) value)
                                : value));
        params.forEach(query::setParameter);
        return query.getResultList();
    }
}
