package org.tongban.cases.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongban.cases.ApplicationState;

/** Properties of the table as a whole; each action's own rules are in its test. */
class ActionTableTest {

    @Test
    void everyActionHasExactlyOneDefinition() {
        assertThat(ActionTable.all()).extracting(CaseAction::action).containsExactlyInAnyOrder(Action.values());
    }

    @Test
    void finishedCasesAcceptNoAction() {
        for (ApplicationState done :
                EnumSet.of(ApplicationState.NOT_ACCEPTED, ApplicationState.COMPLETED, ApplicationState.WITHDRAWN)) {
            assertThat(ActionTable.allowedIn(done)).as(done.name()).isEmpty();
        }
    }

    @Test
    void theServiceDeemsAcceptanceAndApprovesInstantlyAloneAndRefusesAcceptanceOnFiling() {
        assertThat(ActionTable.all().stream()
                        .filter(a -> a.parties().contains(Party.SYSTEM))
                        .map(CaseAction::action))
                .containsExactlyInAnyOrder(Action.DEEM_ACCEPTED, Action.INSTANT_APPROVE, Action.REFUSE_ACCEPTANCE);
        assertThat(ActionTable.DEEM_ACCEPTED.parties()).containsExactly(Party.SYSTEM);
        assertThat(ActionTable.INSTANT_APPROVE.parties()).containsExactly(Party.SYSTEM);
        assertThat(ActionTable.REFUSE_ACCEPTANCE.parties())
                .containsExactlyInAnyOrder(Party.HANDLING_CLERK, Party.SYSTEM);
    }

    @Test
    void eachRequestIsNamedAfterItsActionAndSelectsIt() {
        Map<String, Class<?>> named = Arrays.stream(
                        ActionRequest.class.getAnnotation(JsonSubTypes.class).value())
                .collect(Collectors.toMap(JsonSubTypes.Type::name, JsonSubTypes.Type::value));
        assertThat(named.values()).containsExactlyInAnyOrder(ActionRequest.class.getPermittedSubclasses());
        named.forEach((name, type) -> assertThat(type.getEnclosingClass().getSimpleName())
                .as(name)
                .isEqualTo(ActionTable.of(Action.valueOf(name)).getClass().getSimpleName()));
    }
}
