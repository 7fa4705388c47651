package org.tongban.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Registered for every {@code @QuarkusTest} through META-INF/services: puts {@link
 * ContractValidation} and {@link EnglishByDefault} among RestAssured's global filters before each
 * test method.
 */
public class ContractValidationInstaller implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ContractValidation.INSTANCE)) {
            RestAssured.filters(ContractValidation.INSTANCE);
        }
        if (!RestAssured.filters().contains(EnglishByDefault.INSTANCE)) {
            RestAssured.filters(EnglishByDefault.INSTANCE);
        }
    }
}
