package org.tongban.supervision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongban.common.Page;
import org.tongban.common.ProblemException;
import org.tongban.deadline.Warning;
import org.tongban.identity.Caller;
import org.tongban.identity.Role;
import org.tongban.processing.CaseSummary;

/** Yellow and red running cases in the caller's scope: red first, by number within a colour. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WarningQueries {

    @Inject
    EntityManager em;

    public Page<CaseSummary> warnings(Caller caller, Warning colour, String after, int limit) {
        Map<String, Object> params = new HashMap<>();
        var where = new StringBuilder("a.isOpen = true AND a.warning IN :colours AND ").append(scope(caller, params));
        params.put("colours", colour == null ? List.of(Warning.YELLOW, Warning.RED) : List.of(colour));
        if (after != null) {
            where.append(" AND (a.warning > :afterColour OR (a.warning = :afterColour AND a.number > :afterNumber))");
            String[] key = after.split("\\|", 2);
            if (key.length != 2) {
                throw Page.invalidCursor();
            }
            params.put("afterColour", colourOf(key[0]));
            params.put("afterNumber", key[1]);
        }
        // RED sorts before YELLOW: the most urgent first, and in the order of the index.
        var query = em.createQuery(
                        CaseSummary.SELECT + " FROM Application a WHERE " + where + " ORDER BY a.warning, a.number",
                        CaseSummary.class)
                .setMaxResults(limit + 1);
        params.forEach(query::setParameter);
        return Page.of(query.getResultList(), limit, c -> c.warning() + "|" + c.number());
    }

    private static Warning colourOf(String cursorPart) {
        try {
            return Warning.valueOf(cursorPart);
        } catch (IllegalArgumentException e) {
            throw Page.invalidCursor();
        }
    }

    private static String scope(Caller caller, Map<String, Object> params) {
        if (caller.hasRole(Role.SUPERVISOR)) {
            if (caller.isCitywideSupervisor()) {
                return "1 = 1";
            }
            params.put("district", caller.district().orElse(""));
            return "a.handlingDistrict = :district";
        }
        if (caller.hasRole(Role.REVIEWER)
                && caller.department().isPresent()
                && caller.district().isPresent()) {
            // As ApplicationAccess: the department's cases held by the body of the reviewer's area.
            params.put("department", caller.department().get());
            params.put("holder", caller.district().get());
            return "a.department = :department AND a.holderDistrict = :holder";
        }
        if (caller.hasRole(Role.CLERK) && caller.servicePoint().isPresent()) {
            params.put("point", caller.servicePoint().get());
            return "a.handlingPoint = :point";
        }
        throw new ProblemException(403, "forbidden", "Forbidden", "No cases are in your scope", List.of());
    }
}
