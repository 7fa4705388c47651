package org.tongban.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tongban.testing.ContractValidation;

/**
 * The committed contract (openapi/tongban.yaml) is what client developers build against: it must
 * equal what the service serves. Refresh it with the command in the failure message.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("openapi", "tongban.yaml");
    static final String REFRESH = "mvn test -Dtest=OpenApiContractTest -Dopenapi.refresh=true";

    @Test
    void committedContractEqualsTheServedOne() throws IOException {
        byte[] body = given().filter(ContractValidation.notInIt("the contract document is served beside the API"))
                .accept("application/yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        String served = new String(body, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONTRACT))
                .as("%s is missing; create it with: %s", CONTRACT, REFRESH)
                .isTrue();
        assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .as("%s differs from the served /q/openapi; refresh it with: %s", CONTRACT, REFRESH)
                .isEqualTo(served);
    }
}
