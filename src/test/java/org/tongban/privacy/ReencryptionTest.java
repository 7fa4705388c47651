package org.tongban.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongban.common.KeyRing;
import org.tongban.testing.Api;
import org.tongban.testing.TestEnvironment;

/**
 * A key rotation in practice: the configuration is as after one (current {@code demo-1}, retired
 * {@code demo-0}, deploy/local/demo.env). Values stored under the retired key, and one left in clear
 * from before encryption, still read; the re-encryption job rewrites them all under the current key,
 * and they read the same.
 */
@QuarkusTest
class ReencryptionTest {

    static final List<String> COLUMNS =
            List.of("applicant_name", "applicant_id_number", "contact_phone", "form", "materials");

    @Inject
    ReencryptionJob job;

    @Inject
    FieldCipher cipher;

    @Inject
    PersonalDataConfig config;

    @Test
    void valuesUnderARetiredKeyOrInClearAreRewrittenUnderTheCurrentKeyAndReadTheSame() throws SQLException {
        String number = Api.submit("citizen-chen", Api.rentWithdrawal(2500));
        Map<String, Object> before = read(number);
        FieldCipher retired = new FieldCipher(KeyRing.of("personal-data", "demo-0", retiredKey(), List.of()));
        try (Connection db = connect()) {
            for (String column : COLUMNS) {
                String clear = cipher.decrypt(stored(db, number, column));
                update(db, number, column, column.equals("contact_phone") ? clear : retired.encrypt(clear));
            }
            assertThat(stored(db, number, "form")).startsWith("enc:demo-0:");
            assertThat(stored(db, number, "contact_phone")).isEqualTo(Api.CHEN_PHONE);
        }
        assertThat(read(number)).as("read under the retired key and in clear").isEqualTo(before);

        ReencryptionJob.Run run = job.run();

        assertThat(run.rewritten()).isGreaterThanOrEqualTo(COLUMNS.size());
        assertThat(run.more()).isFalse();
        try (Connection db = connect()) {
            for (String column : COLUMNS) {
                assertThat(stored(db, number, column)).as(column).startsWith("enc:demo-1:");
            }
            assertThat(underTheRetiredKey(db)).isEmpty();
        }
        assertThat(read(number)).as("read after the rewrite").isEqualTo(before);
        assertThat(job.run().rewritten()).as("a second run finds nothing").isZero();
    }

    private static Connection connect() throws SQLException {
        Connection db = TestEnvironment.connect();
        db.setCatalog(TestEnvironment.schema());
        return db;
    }

    /** The application as its applicant reads it, with every personal value in full. */
    private static Map<String, Object> read(String number) {
        return Api.as("citizen-chen")
                .get("/api/v1/applications/" + number)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
    }

    private String retiredKey() {
        return config.retiredKeys().orElseThrow().stream()
                .filter(pair -> pair.startsWith("demo-0:"))
                .findFirst()
                .orElseThrow()
                .substring("demo-0:".length());
    }

    private static String stored(Connection db, String number, String column) throws SQLException {
        try (var query = db.prepareStatement("SELECT `" + column + "` FROM application WHERE number = ?")) {
            query.setString(1, number);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static void update(Connection db, String number, String column, String value) throws SQLException {
        try (var update = db.prepareStatement("UPDATE application SET `" + column + "` = ? WHERE number = ?")) {
            update.setString(1, value);
            update.setString(2, number);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** Every table.column that still holds a value under the retired key. */
    private static List<String> underTheRetiredKey(Connection db) throws SQLException {
        List<String> found = new ArrayList<>();
        try (var columns = db.prepareStatement("SELECT table_name, column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND data_type IN ('varchar', 'text', 'mediumtext', 'longtext')")) {
            columns.setString(1, TestEnvironment.schema());
            try (var rows = columns.executeQuery()) {
                while (rows.next()) {
                    try (var count = db.prepareStatement("SELECT COUNT(*) FROM `" + rows.getString(1) + "` WHERE `"
                            + rows.getString(2) + "` LIKE 'enc:demo-0:%'")) {
                        try (var result = count.executeQuery()) {
                            result.next();
                            if (result.getLong(1) > 0) {
                                found.add(rows.getString(1) + "." + rows.getString(2));
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
