package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.cases.Application;
import org.tongban.identity.Caller;
import org.tongban.identity.Role;

/** Reviewers and heads act for the body that holds the case: their department in their area. */
class PartiesTest {

    private static Caller reviewer(String department, String district, String... extraRoles) {
        var roles = new java.util.HashSet<>(Set.of(extraRoles));
        roles.add(Role.REVIEWER);
        return Caller.of(
                "s-" + district,
                "reviewer",
                "Reviewer",
                roles,
                "tongban-clerk",
                Optional.empty(),
                Optional.of(department),
                Optional.of(district),
                Optional.empty(),
                Optional.empty());
    }

    /** A GJJ case Haicang holds, at a reviewer's step. */
    private static Application haicangHeld() {
        var a = Fixtures.received("2026-03-02");
        a.department = "gjj";
        a.holderDistrict = "350205";
        a.handlingPoint = "haicang-centre";
        a.currentStepRole = Role.REVIEWER;
        return a;
    }

    @Test
    void theHoldersReviewerTakesTheReviewersStep() {
        assertThat(Parties.actingRole(reviewer("gjj", "350205"), haicangHeld(), Set.of(Party.STEP_ACTOR)))
                .contains(Role.REVIEWER);
        assertThat(Parties.actingRole(reviewer("gjj", "350205"), haicangHeld(), Set.of(Party.DEPARTMENT_REVIEWER)))
                .contains(Role.REVIEWER);
    }

    @Test
    void theDepartmentsReviewersElsewhereDoNot() {
        for (String elsewhere : Set.of("350200", "350213")) {
            assertThat(Parties.actingRole(reviewer("gjj", elsewhere), haicangHeld(), Set.of(Party.STEP_ACTOR)))
                    .as(elsewhere)
                    .isEmpty();
            assertThat(Parties.actingRole(reviewer("gjj", elsewhere), haicangHeld(), Set.of(Party.DEPARTMENT_REVIEWER)))
                    .as(elsewhere)
                    .isEmpty();
        }
        assertThat(Parties.actingRole(reviewer("planning", "350205"), haicangHeld(), Set.of(Party.STEP_ACTOR)))
                .isEmpty();
    }

    @Test
    void onlyAHeadOfTheHoldersDepartmentInItsAreaActsAsHead() {
        Set<Party> head = Set.of(Party.DEPARTMENT_HEAD);
        assertThat(Parties.actingRole(reviewer("gjj", "350205", Role.DEPARTMENT_HEAD), haicangHeld(), head))
                .contains(Role.DEPARTMENT_HEAD);
        assertThat(Parties.actingRole(reviewer("gjj", "350200", Role.DEPARTMENT_HEAD), haicangHeld(), head))
                .isEmpty();
        assertThat(Parties.actingRole(reviewer("gjj", "350205"), haicangHeld(), head))
                .as("a reviewer who is not a head")
                .isEmpty();
    }
}
