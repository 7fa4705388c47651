package org.tongban.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.tongban.common.Divisions;

/**
 * The one rule for which cases a caller sees, built once from their identity ({@link Caller#scope()})
 * and used by every list and every single read, as a predicate on a loaded case ({@link #sees}) and
 * as query conditions ({@link #visible}). Each role with its claim gives one kind of scope:
 *
 * <ul>
 *   <li>supervisor with district 350200: the {@link City}; with another district: that {@link
 *       District} (the cases handled there);
 *   <li>reviewer or department head: their {@link DepartmentInDistrict}, the department's cases held
 *       by the body of their area (district, zone or city) under the delegation they were routed under;
 *   <li>clerk: their {@link ServicePoint}, the cases received or handled there;
 *   <li>kiosk or partner outlet: its {@link KioskClient}, the cases it submitted;
 *   <li>citizen: as {@link Applicant}, their own applications and those they filed as an agent.
 * </ul>
 *
 * A caller with several roles sees the union of their scopes ({@link AnyOf}): one rule on every
 * list, whatever order the roles come in. A role without its claim gives nothing.
 *
 * <p>Besides seeing a case, a scope may <em>answer for</em> it ({@link #answersFor}): the handling
 * side of a case — its warnings, its rectifications — is the supervisors', the holder's reviewers'
 * and the handling point's clerks', not the receiving point's, a kiosk's or the applicant's. A work
 * queue ({@link #queues}) is the handling point's clerks' or the holder's reviewers', whoever the
 * case waits for.
 *
 * <p>Conditions name the scope columns every scoped record carries under the same names ({@code
 * handlingPoint}, {@code receivingPoint}, {@code handlingDistrict}, {@code department}, {@code
 * holderDistrict}, {@code actingClient}, {@code applicantIdNumber}, {@code agentIdNumber}, {@code
 * queueRole}). Each is led by an indexed column, and the conditions of one scope never overlap, so a
 * list reads each newest (or soonest) first straight from its index and merges them: an OR would make
 * the database sort a whole point's history.
 */
public sealed interface DataScope {

    /**
     * The columns of a case (or of a record about one, such as a rectification) that scope is decided
     * on; null where the record has none.
     */
    record Facts(
            String handlingPoint,
            String receivingPoint,
            String handlingDistrict,
            String department,
            String holderDistrict,
            String actingClient,
            String applicantIdNumber,
            String agentIdNumber) {}

    /** A JPQL condition over the columns of {@code alias}, with its parameters. */
    record Condition(String jpql, Map<String, Object> params) {}

    /** Whether the caller may read the case. */
    boolean sees(Facts c);

    /** Whether the case's handling is the caller's to answer for (its warnings and rectifications). */
    boolean answersFor(Facts c);

    /** The conditions selecting what {@link #sees} accepts; empty when the caller sees nothing. */
    List<Condition> visible(String alias);

    /** The conditions selecting what {@link #answersFor} accepts. */
    List<Condition> answerable(String alias);

    /** The work queues of the scope: the cases waiting for the caller's kind of action. */
    List<Condition> queues(String alias);

    /** The single scopes this one is the union of. */
    default List<DataScope> parts() {
        return List.of(this);
    }

    /** Whether any part of the given kind sees the case: a party check ("the holder's reviewer"). */
    default boolean sees(Class<? extends DataScope> kind, Facts c) {
        return parts().stream().filter(kind::isInstance).anyMatch(part -> part.sees(c));
    }

    /** A clerk of the point handling the case. */
    default boolean atHandlingPoint(Facts c) {
        return parts().stream().anyMatch(part -> part instanceof ServicePoint point && point.handles(c));
    }

    /** A clerk of the point that received the case. */
    default boolean atReceivingPoint(Facts c) {
        return parts().stream().anyMatch(part -> part instanceof ServicePoint point && point.receives(c));
    }

    /** The citizen who acted for the case's applicant. */
    default boolean isAgentOf(Facts c) {
        return parts().stream().anyMatch(part -> part instanceof Applicant applicant && applicant.isAgent(c));
    }

    /** The parts of one kind, as a scope of their own (e.g. only the caller's own applications). */
    default DataScope only(Class<? extends DataScope> kind) {
        return union(parts().stream().filter(kind::isInstance).toList());
    }

    /**
     * The area the caller supervises: the city or their district, for the reform's reports; empty
     * for those who supervise nothing.
     */
    default Optional<String> supervisedArea() {
        List<DataScope> parts = parts();
        if (parts.stream().anyMatch(City.class::isInstance)) {
            return Optional.of(Divisions.CITY);
        }
        return parts.stream()
                .filter(DataScope.District.class::isInstance)
                .map(part -> ((DataScope.District) part).district())
                .findFirst();
    }

    static DataScope of(
            Set<String> roles,
            Optional<String> servicePoint,
            Optional<String> department,
            Optional<String> district,
            Optional<ResidentId> residentId,
            String actingClient) {
        Set<DataScope> parts = new LinkedHashSet<>();
        if (roles.contains(Role.SUPERVISOR)) {
            district.map(d -> d.equals(Divisions.CITY) ? new City() : new DataScope.District(d))
                    .ifPresent(parts::add);
        }
        if (roles.contains(Role.REVIEWER) || roles.contains(Role.DEPARTMENT_HEAD)) {
            department
                    .flatMap(dep -> district.map(d -> new DepartmentInDistrict(dep, d)))
                    .ifPresent(parts::add);
        }
        if (roles.contains(Role.CLERK)) {
            servicePoint.map(ServicePoint::new).ifPresent(parts::add);
        }
        if (roles.contains(Role.KIOSK) && actingClient != null) {
            parts.add(new KioskClient(actingClient));
        }
        if (roles.contains(Role.CITIZEN)) {
            residentId.map(id -> new Applicant(id.value())).ifPresent(parts::add);
        }
        return union(parts);
    }

    private static DataScope union(Collection<DataScope> parts) {
        return parts.size() == 1 ? parts.iterator().next() : new AnyOf(List.copyOf(parts));
    }

    /** A city-wide supervisor: every case. */
    record City() implements DataScope {

        @Override
        public boolean sees(Facts c) {
            return true;
        }

        @Override
        public boolean answersFor(Facts c) {
            return true;
        }

        @Override
        public List<Condition> visible(String alias) {
            return List.of(new Condition("1 = 1", Map.of()));
        }

        @Override
        public List<Condition> answerable(String alias) {
            return visible(alias);
        }

        @Override
        public List<Condition> queues(String alias) {
            return List.of();
        }
    }

    /** A district supervisor: the cases handled in the district. */
    record District(String district) implements DataScope {

        @Override
        public boolean sees(Facts c) {
            return district.equals(c.handlingDistrict());
        }

        @Override
        public boolean answersFor(Facts c) {
            return sees(c);
        }

        @Override
        public List<Condition> visible(String alias) {
            return List.of(new Condition(alias + ".handlingDistrict = :district", Map.of("district", district)));
        }

        @Override
        public List<Condition> answerable(String alias) {
            return visible(alias);
        }

        @Override
        public List<Condition> queues(String alias) {
            return List.of();
        }
    }

    /**
     * Reviewers and heads of a department act for the body of their area (district, zone or city):
     * they see, queue and decide the department's cases that body holds, not the department's cases
     * city-wide.
     */
    record DepartmentInDistrict(String department, String district) implements DataScope {

        @Override
        public boolean sees(Facts c) {
            return department.equals(c.department()) && district.equals(c.holderDistrict());
        }

        @Override
        public boolean answersFor(Facts c) {
            return sees(c);
        }

        @Override
        public List<Condition> visible(String alias) {
            return List.of(condition(alias, ""));
        }

        @Override
        public List<Condition> answerable(String alias) {
            return visible(alias);
        }

        @Override
        public List<Condition> queues(String alias) {
            return List.of(condition(alias, " AND " + alias + ".queueRole = :queueRole"));
        }

        private Condition condition(String alias, String more) {
            return new Condition(
                    alias + ".department = :department AND " + alias + ".holderDistrict = :holder" + more,
                    more.isEmpty()
                            ? Map.of("department", department, "holder", district)
                            : Map.of("department", department, "holder", district, "queueRole", Role.REVIEWER));
        }
    }

    /** A clerk: the cases received or handled at their service point; they answer for those handled. */
    record ServicePoint(String point) implements DataScope {

        @Override
        public boolean sees(Facts c) {
            return handles(c) || receives(c);
        }

        @Override
        public boolean answersFor(Facts c) {
            return handles(c);
        }

        public boolean handles(Facts c) {
            return point.equals(c.handlingPoint());
        }

        public boolean receives(Facts c) {
            return point.equals(c.receivingPoint());
        }

        @Override
        public List<Condition> visible(String alias) {
            return List.of(
                    handled(alias, ""),
                    new Condition(
                            alias + ".receivingPoint = :point AND " + alias + ".handlingPoint <> :point",
                            Map.of("point", point)));
        }

        @Override
        public List<Condition> answerable(String alias) {
            return List.of(handled(alias, ""));
        }

        @Override
        public List<Condition> queues(String alias) {
            return List.of(handled(alias, " AND " + alias + ".queueRole = :queueRole"));
        }

        private Condition handled(String alias, String more) {
            return new Condition(
                    alias + ".handlingPoint = :point" + more,
                    more.isEmpty() ? Map.of("point", point) : Map.of("point", point, "queueRole", Role.CLERK));
        }
    }

    /** A kiosk or partner outlet: the cases it submitted (for citizens identified at the device). */
    record KioskClient(String client) implements DataScope {

        @Override
        public boolean sees(Facts c) {
            return client.equals(c.actingClient());
        }

        @Override
        public boolean answersFor(Facts c) {
            return false;
        }

        @Override
        public List<Condition> visible(String alias) {
            return List.of(new Condition(alias + ".actingClient = :client", Map.of("client", client)));
        }

        @Override
        public List<Condition> answerable(String alias) {
            return List.of();
        }

        @Override
        public List<Condition> queues(String alias) {
            return List.of();
        }
    }

    /** A citizen: the applications for them, and those they filed as the agent of someone else. */
    record Applicant(String idNumber) implements DataScope {

        /** The parameter whose value a query binds as its lookup hash ({@code privacy.LookupHash}). */
        public static final String HASHED = "idHash";

        @Override
        public boolean sees(Facts c) {
            return isApplicant(c) || isAgent(c);
        }

        public boolean isApplicant(Facts c) {
            return idNumber.equals(c.applicantIdNumber());
        }

        public boolean isAgent(Facts c) {
            return idNumber.equals(c.agentIdNumber());
        }

        @Override
        public boolean answersFor(Facts c) {
            return false;
        }

        @Override
        public List<Condition> visible(String alias) {
            // ID numbers are stored encrypted and found by their keyed hash: the query binds the hash
            // of this number (HASHED), so the policy stays free of keys.
            Map<String, Object> params = Map.of(HASHED, idNumber);
            return List.of(
                    new Condition(alias + ".applicantIdHash = :" + HASHED, params),
                    new Condition(
                            alias + ".agentIdHash = :" + HASHED + " AND (" + alias + ".applicantIdHash IS NULL OR "
                                    + alias + ".applicantIdHash <> :" + HASHED + ")",
                            params));
        }

        @Override
        public List<Condition> answerable(String alias) {
            return List.of();
        }

        @Override
        public List<Condition> queues(String alias) {
            return List.of();
        }
    }

    /**
     * Several roles: a case is in scope when it is in the scope of any of them (none: nothing is).
     * The city's conditions stand for all others, which would only repeat its rows.
     */
    record AnyOf(List<DataScope> parts) implements DataScope {

        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean sees(Facts c) {
            return parts.stream().anyMatch(part -> part.sees(c));
        }

        @Override
        public boolean answersFor(Facts c) {
            return parts.stream().anyMatch(part -> part.answersFor(c));
        }

        @Override
        public List<Condition> visible(String alias) {
            return cityOr(parts.stream().flatMap(part -> part.visible(alias).stream()), alias);
        }

        @Override
        public List<Condition> answerable(String alias) {
            return cityOr(parts.stream().flatMap(part -> part.answerable(alias).stream()), alias);
        }

        @Override
        public List<Condition> queues(String alias) {
            return parts.stream().flatMap(part -> part.queues(alias).stream()).toList();
        }

        private List<Condition> cityOr(Stream<Condition> conditions, String alias) {
            return parts.stream().anyMatch(City.class::isInstance) ? new City().visible(alias) : conditions.toList();
        }
    }
}
