package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who sees which case, for every role alone (the table) and for every combination of roles (the
 * union of what each sees, whatever order they come in). The caller holds every claim: a Haicang
 * clerk's point, the GJJ department with Haicang (350205) as area, a resident ID and a kiosk client;
 * which of them count is the roles' doing.
 */
class DataScopeTest {

    private static final String ME = "350205199003071239";
    private static final List<String> ROLES = List.of(
            Role.CITIZEN,
            Role.CLERK,
            Role.REVIEWER,
            Role.DEPARTMENT_HEAD,
            Role.SUPERVISOR,
            Role.CATALOG_ADMIN,
            Role.KIOSK);

    /** The cases every caller is asked about, by name. */
    private static final Map<String, DataScope.Facts> CASES = new LinkedHashMap<>();

    static {
        CASES.put(
                "handled-here",
                new DataScope.Facts("haicang-centre", null, "350205", "gjj", "350205", null, null, null));
        CASES.put(
                "received-here",
                new DataScope.Facts(
                        "siming-centre", "haicang-centre", "350203", "planning", "350203", null, null, null));
        CASES.put(
                "gjj-held-by-haicang",
                new DataScope.Facts("city-centre", null, "350203", "gjj", "350205", null, null, null));
        CASES.put(
                "gjj-held-by-city",
                new DataScope.Facts("haicang-centre-2", null, "350205", "gjj", "350200", null, null, null));
        CASES.put(
                "handled-in-haicang",
                new DataScope.Facts("haicang-centre-2", null, "350205", "planning", "350205", null, null, null));
        CASES.put(
                "from-my-kiosk",
                new DataScope.Facts("xiangan-centre", null, "350213", "tax", "350213", "kiosk-demo-01", null, null));
        CASES.put(
                "mine",
                new DataScope.Facts("xiangan-centre", null, "350213", "tax", "350213", "tongban-app", ME, null));
        CASES.put(
                "as-agent",
                new DataScope.Facts("xiangan-centre", null, "350213", "tax", "350213", "tongban-app", "x", ME));
        CASES.put(
                "elsewhere",
                new DataScope.Facts("xiangan-centre", "tongan-centre", "350213", "tax", "350213", "kiosk-2", "x", "y"));
    }

    private record Row(String role, String district, Set<String> sees, Set<String> answersFor, int queues) {}

    /** The table: each role alone, what it sees and answers for, and how many work queues it has. */
    private static final List<Row> TABLE = List.of(
            new Row(Role.CITIZEN, "350205", Set.of("mine", "as-agent"), Set.of(), 0),
            new Row(Role.CLERK, "350205", Set.of("handled-here", "received-here"), Set.of("handled-here"), 1),
            new Row(
                    Role.REVIEWER,
                    "350205",
                    Set.of("handled-here", "gjj-held-by-haicang"),
                    Set.of("handled-here", "gjj-held-by-haicang"),
                    1),
            new Row(
                    Role.DEPARTMENT_HEAD,
                    "350205",
                    Set.of("handled-here", "gjj-held-by-haicang"),
                    Set.of("handled-here", "gjj-held-by-haicang"),
                    1),
            new Row(
                    Role.SUPERVISOR,
                    "350205",
                    Set.of("handled-here", "gjj-held-by-city", "handled-in-haicang"),
                    Set.of("handled-here", "gjj-held-by-city", "handled-in-haicang"),
                    0),
            new Row(Role.CATALOG_ADMIN, "350205", Set.of(), Set.of(), 0),
            new Row(Role.KIOSK, "350205", Set.of("from-my-kiosk"), Set.of(), 0),
            // The city: a city supervisor sees and answers for every case; a city reviewer the city-held ones.
            new Row(Role.SUPERVISOR, "350200", CASES.keySet(), CASES.keySet(), 0),
            new Row(Role.REVIEWER, "350200", Set.of("gjj-held-by-city"), Set.of("gjj-held-by-city"), 1),
            new Row(Role.DEPARTMENT_HEAD, "350200", Set.of("gjj-held-by-city"), Set.of("gjj-held-by-city"), 1));

    static Stream<Row> table() {
        return TABLE.stream();
    }

    @ParameterizedTest
    @MethodSource("table")
    void eachRoleAlone(Row row) {
        DataScope scope = caller(Set.of(row.role()), row.district()).scope();
        assertThat(seen(scope)).as(row.role() + " sees").isEqualTo(row.sees());
        assertThat(answered(scope)).as(row.role() + " answers for").isEqualTo(row.answersFor());
        assertThat(scope.queues("a")).as(row.role() + " queues").hasSize(row.queues());
        assertThat(scope.visible("a").isEmpty())
                .as("no condition exactly when nothing is seen")
                .isEqualTo(row.sees().isEmpty());
        assertThat(scope.answerable("a").isEmpty()).isEqualTo(row.answersFor().isEmpty());
    }

    static Stream<Arguments> everyCombination() {
        return Stream.of("350205", "350200")
                .flatMap(district -> Stream.iterate(0, mask -> mask < 1 << ROLES.size(), mask -> mask + 1)
                        .map(mask -> Arguments.of(district, rolesOf(mask))));
    }

    /** A user with several roles sees what any of them sees: one rule on every list and read. */
    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("everyCombination")
    void severalRolesSeeTheUnion(String district, Set<String> roles) {
        DataScope scope = caller(roles, district).scope();
        Set<String> sees = new HashSet<>();
        Set<String> answers = new HashSet<>();
        int queues = 0;
        for (String role : roles) {
            Row row = row(role, district);
            sees.addAll(row.sees());
            answers.addAll(row.answersFor());
            queues += row.queues();
        }
        // Reviewer and head of the same department in the same area are one scope, one queue.
        if (roles.contains(Role.REVIEWER) && roles.contains(Role.DEPARTMENT_HEAD)) {
            queues--;
        }
        assertThat(seen(scope)).isEqualTo(sees);
        assertThat(answered(scope)).isEqualTo(answers);
        assertThat(scope.queues("a")).hasSize(queues);
        assertThat(scope.visible("a").isEmpty()).isEqualTo(sees.isEmpty());
        for (DataScope.Facts c : CASES.values()) {
            assertThat(scope.sees(c))
                    .as("the predicate is the OR of the parts")
                    .isEqualTo(scope.parts().stream().anyMatch(part -> part.sees(c)));
        }
    }

    @Test
    void theCityStandsForEveryOtherConditionOfAUnion() {
        DataScope scope = caller(Set.of(Role.SUPERVISOR, Role.CLERK, Role.CITIZEN), "350200")
                .scope();
        assertThat(scope.visible("a")).extracting(DataScope.Condition::jpql).containsExactly("1 = 1");
        assertThat(scope.queues("a"))
                .extracting(DataScope.Condition::jpql)
                .containsExactly("a.handlingPoint = :point AND a.queueRole = :queueRole");
    }

    @Test
    void aClerksPointIsReadAsTwoBranchesThatNeverOverlap() {
        DataScope scope = caller(Set.of(Role.CLERK), "350205").scope();
        assertThat(scope.visible("a"))
                .extracting(DataScope.Condition::jpql)
                .containsExactly("a.handlingPoint = :point", "a.receivingPoint = :point AND a.handlingPoint <> :point");
    }

    @Test
    void aRoleWithoutItsClaimGivesNothing() {
        for (String role : List.of(Role.CITIZEN, Role.CLERK, Role.REVIEWER, Role.SUPERVISOR, Role.KIOSK)) {
            var bare = Caller.of(
                    "s",
                    "u",
                    "U",
                    Set.of(role),
                    null,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty());
            assertThat(seen(bare.scope())).as(role).isEmpty();
            assertThat(bare.scope().visible("a")).as(role).isEmpty();
        }
    }

    @Test
    void onlyTheApplicantPartListsTheCallersOwn() {
        DataScope own =
                caller(Set.of(Role.CITIZEN, Role.CLERK), "350205").scope().only(DataScope.Applicant.class);
        assertThat(seen(own)).containsExactlyInAnyOrder("mine", "as-agent");
    }

    @Test
    void theSupervisedAreaIsTheCityOrTheDistrict() {
        assertThat(caller(Set.of(Role.SUPERVISOR), "350205").scope().supervisedArea())
                .contains("350205");
        assertThat(caller(Set.of(Role.SUPERVISOR, Role.REVIEWER), "350200")
                        .scope()
                        .supervisedArea())
                .contains("350200");
        assertThat(caller(Set.of(Role.REVIEWER, Role.CLERK), "350205").scope().supervisedArea())
                .isEmpty();
    }

    private static Row row(String role, String district) {
        return TABLE.stream()
                .filter(r -> r.role().equals(role) && r.district().equals(district))
                .findFirst()
                .orElseGet(() -> row(role, "350205"));
    }

    private static Set<String> rolesOf(int mask) {
        Set<String> roles = new HashSet<>();
        for (int i = 0; i < ROLES.size(); i++) {
            if ((mask & 1 << i) != 0) {
                roles.add(ROLES.get(i));
            }
        }
        return roles;
    }

    private static Set<String> seen(DataScope scope) {
        return casesWhere(scope::sees);
    }

    private static Set<String> answered(DataScope scope) {
        return casesWhere(scope::answersFor);
    }

    /** The names of the cases the predicate accepts. */
    private static Set<String> casesWhere(Predicate<DataScope.Facts> accepted) {
        return CASES.entrySet().stream()
                .filter(e -> accepted.test(e.getValue()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Caller caller(Set<String> roles, String district) {
        return Caller.of(
                "s",
                "user",
                "User",
                roles,
                "kiosk-demo-01",
                Optional.of("haicang-centre"),
                Optional.of("gjj"),
                Optional.of(district),
                ResidentId.parse(ME),
                Optional.empty());
    }
}
