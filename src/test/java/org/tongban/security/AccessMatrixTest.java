package org.tongban.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.common.Problem;
import org.tongban.security.ContractOperations.Operation;

/**
 * Walks every operation of the contract as every caller of the {@link AccessMatrix}, with real tokens,
 * and as callers whose token the service did not issue for itself. {@code -Daccess-matrix.refresh=true}
 * writes what it observed into the matrix instead of checking it (review the diff).
 */
@QuarkusTest
class AccessMatrixTest {

    private static final List<Operation> OPERATIONS = ContractOperations.read().all();

    @Test
    void theMatrixHasARowForEveryOperationOfTheContractAndNoOther() {
        if (Boolean.getBoolean("access-matrix.refresh")) {
            return;
        }
        assertThat(AccessMatrix.read().operations())
                .as(AccessMatrix.FILE + " lists exactly the operations of the contract")
                .containsExactlyInAnyOrderElementsOf(
                        OPERATIONS.stream().map(Operation::key).toList());
    }

    @Test
    void everyCallerGetsWhatTheMatrixSays() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        Map<String, Map<Identity, Integer>> observed = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            Map<Identity, Integer> row = new EnumMap<>(Identity.class);
            for (Identity identity : Identity.values()) {
                try {
                    row.put(
                            identity,
                            call(operation, identity.token(), fixtures).statusCode());
                } catch (AssertionError outsideTheContract) {
                    differences.add(
                            operation.key() + " as " + identity.column + ": " + outsideTheContract.getMessage());
                }
            }
            observed.put(operation.key(), row);
        }
        if (Boolean.getBoolean("access-matrix.refresh")) {
            AccessMatrix.of(observed).write();
            assertThat(differences).as("answers outside the contract").isEmpty();
            return;
        }
        AccessMatrix expected = AccessMatrix.read();
        observed.forEach((operation, row) -> row.forEach((identity, status) -> {
            Integer want = expected.expected(operation, identity);
            if (!status.equals(want)) {
                differences.add(operation + " as " + identity.column + ": " + status + ", matrix says " + want);
            }
        }));
        assertThat(differences)
                .as("cells of " + AccessMatrix.FILE + " the service disagrees with")
                .isEmpty();
    }

    @Test
    void aTokenNotIssuedToThisServiceIs401OnEveryOperation() {
        SecurityFixtures fixtures = SecurityFixtures.get();
        Map<String, String> tokens = Map.of(
                "wrong audience", ForeignTokens.wrongAudience(),
                "signed by another key", ForeignTokens.otherKey(),
                "expired", ForeignTokens.expired());
        List<String> accepted = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            tokens.forEach((kind, token) -> {
                try {
                    Response response = call(operation, token, fixtures);
                    if (response.statusCode() != 401 || !response.contentType().startsWith(Problem.MEDIA_TYPE)) {
                        accepted.add(operation.key() + " with a token " + kind + ": " + response.statusCode());
                    }
                } catch (AssertionError outsideTheContract) {
                    accepted.add(operation.key() + " with a token " + kind + ": " + outsideTheContract.getMessage());
                }
            });
        }
        assertThat(accepted)
                .as("operations that did not answer 401 problem+json")
                .isEmpty();
    }

    private static Response call(Operation operation, String token, SecurityFixtures fixtures) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        return Probes.of(operation, fixtures).send(request, operation);
    }
}
