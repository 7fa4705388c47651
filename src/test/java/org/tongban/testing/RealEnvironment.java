package org.tongban.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Declares {@link TestEnvironment} for every {@code @QuarkusTest} of the run (not restricted to
 * this class), so all test classes share one Keycloak, one schema and one booted service.
 */
@QuarkusTestResource(TestEnvironment.class)
public final class RealEnvironment {

    private RealEnvironment() {}
}
