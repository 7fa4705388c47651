package org.tongban.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tongban.outbox.DeliveryWorker;
import org.tongban.outbox.Dispatcher;
import org.tongban.outbox.Drain;
import org.tongban.testing.Api;
import org.tongban.testing.TestEnvironment;
import org.tongban.testing.Tokens;
import org.tongban.testing.WebhookReceiver;

/**
 * Personal data is encrypted at rest and never logged: after applications by and for the demo
 * citizens (stored responses for replays, text messages to their phones, a webhook with a secret),
 * no text column of any table, nor the log of the test run, holds their ID numbers, phones or the
 * secret in clear; and a citizen still finds their own applications by ID number (keyed hash).
 */
@QuarkusTest
class PersonalDataAtRestTest {

    static final String LIN_ID = "350203198806152465";
    static final String SECRET = "a-webhook-secret-nobody-may-read-at-rest";
    /** What must never be found in clear. */
    static final List<String> DEMO_VALUES = List.of(Api.CHEN_ID, LIN_ID, Api.CHEN_PHONE, "13712340000", SECRET);
    /** The test run's log file (%test.quarkus.log.file.path). */
    static final Path LOG = Path.of("target/quarkus-test.log");

    @Inject
    Dispatcher dispatcher;

    @Inject
    DeliveryWorker worker;

    @Test
    void noTextColumnOfAnyTableHoldsADemoIdNumberPhoneOrSecretInClear() throws SQLException {
        leavePersonalDataEverywhere();
        assertThat(clearTextIn(TestEnvironment.schema())).isEmpty();
    }

    @Test
    void theLogOfTheTestRunHoldsNoneOfThemEither() throws IOException {
        leavePersonalDataEverywhere();
        assertThat(LOG).exists();
        try (Stream<Path> files = Files.list(LOG.getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("quarkus-test.log"))
                    .toList()) {
                String log = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(DEMO_VALUES).as(file.toString()).noneMatch(log::contains);
            }
        }
    }

    /** Applications for both demo citizens, a replay, texts and a webhook delivery. */
    private void leavePersonalDataEverywhere() {
        try (var receiver = new WebhookReceiver()) {
            long subscription = admin().body(Map.of(
                            "url", receiver.url(),
                            "eventTypes", List.of("*"),
                            "districts", List.of("350205"),
                            "secret", SECRET))
                    .post("/api/v1/admin/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            String key = java.util.UUID.randomUUID().toString();
            Map<String, Object> own = Api.rentWithdrawal(1500); // approved on the spot: a text to the phone
            String number = submitTwice(key, own);
            var forLin = Api.rentWithdrawal(2500);
            forLin.put("channel", "WINDOW");
            forLin.put("contactPhone", "13712340000");
            forLin.put("applicant", Map.of("name", "林雅婷", "idNumber", LIN_ID));
            forLin.put(
                    "materials",
                    List.of(
                            Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:" + LIN_ID),
                            Map.of("code", "bank-card", "reference", "PAPER")));
            Api.submit(given().auth().oauth2(Tokens.of("clerk-haicang", "tongban-clerk")), forLin);
            Drain.all(dispatcher, worker);
            Api.as("citizen-chen")
                    .queryParam("limit", 100)
                    .get("/api/v1/me/applications")
                    .then()
                    .statusCode(200)
                    .body("items.number", hasItem(number));
            admin().delete("/api/v1/admin/webhooks/" + subscription).then().statusCode(200);
        }
    }

    /** A citizen's submission and its replay, answered from the stored response. */
    private static String submitTwice(String key, Object body) {
        String number = Api.as("citizen-chen")
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications")
                .then()
                .statusCode(201)
                .extract()
                .path("number");
        Api.as("citizen-chen")
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications")
                .then()
                .statusCode(201);
        return number;
    }

    /** Every text column of every table that holds a demo value in clear. */
    private static List<String> clearTextIn(String schema) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = TestEnvironment.connect()) {
            db.setCatalog(schema);
            List<String[]> columns = new ArrayList<>();
            try (var query = db.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = ? AND data_type IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext',"
                    + " 'longtext', 'json')")) {
                query.setString(1, schema);
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        columns.add(new String[] {rows.getString(1), rows.getString(2)});
                    }
                }
            }
            for (String[] column : columns) {
                for (String value : DEMO_VALUES) {
                    try (var query = db.prepareStatement("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `" + column[1]
                            + "` LIKE CONCAT('%', ?, '%')")) {
                        query.setString(1, value);
                        try (var rows = query.executeQuery()) {
                            rows.next();
                            if (rows.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + " holds " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin-catalog")).contentType(ContentType.JSON);
    }
}
