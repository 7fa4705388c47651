package org.tongban.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the HTTP scenarios act with, prepared once before any measurement: the users and their
 * tokens (one login each), the item's published example and ETag, application numbers to read at
 * each clerk's point, and the dates and district the report cards ask about.
 */
final class Fixture {

    static final ZoneId CITY = ZoneId.of("Asia/Shanghai");
    private static final int NUMBERS_PER_POINT = 100;

    /** A citizen client: their token and their own submission body. */
    record Citizen(String token, String submitBody) {}

    /** A clerk of one service point, with applications handled there. */
    record Clerk(String point, String token, List<String> numbers) {}

    final String app;
    final Requests requests;
    final List<Citizen> citizens = new ArrayList<>();
    final List<Clerk> clerks = new ArrayList<>();
    final Map<String, Clerk> clerkAt = new LinkedHashMap<>();
    final String supervisorToken;
    final String itemETag;
    final Map<String, Object> values = new LinkedHashMap<>();

    Fixture(String app, String keycloak, Connection db, int citizenCount, Requests requests)
            throws IOException, InterruptedException, SQLException {
        this.app = app;
        this.requests = requests;
        var item = Http.expect(
                200,
                Http.request(app + requests.path("itemOne", Map.of("item", requests.item())))
                        .GET()
                        .build());
        JsonNode example = Requests.JSON.readTree(item.body()).at(requests.examplePointer());
        if (!example.path("form").isObject()) {
            throw new IllegalStateException("No published example at " + requests.examplePointer() + " of "
                    + requests.item() + ": update \"example\" in requests.json");
        }
        itemETag = item.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("no ETag on an item"));
        LocalDate today = LocalDate.now(CITY);
        YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
        values.put("item", requests.item());
        values.put("example.form", example.path("form"));
        JsonNode materials = example.path("materials");
        values.put("today", today);
        values.put("monthStart", lastMonth.atDay(1));
        values.put("monthEnd", lastMonth.atEndOfMonth());
        values.put("yearStart", LocalDate.of(today.getYear() - 1, 1, 1));
        values.put("yearEnd", LocalDate.of(today.getYear() - 1, 12, 31));
        values.put("district", busiestDistrict(db));

        var users = new BenchUsers(keycloak);
        users.prepareRealm();
        for (BenchUsers.Resident resident : residents(db, citizenCount)) {
            users.createCitizen(resident);
            var mine = new LinkedHashMap<>(values);
            mine.put("phone", resident.phone());
            mine.put("residence", resident.district());
            mine.put("example.materials", asHandedInBy(materials, resident.idNumber()));
            citizens.add(new Citizen(
                    users.token(resident.username(), BenchUsers.PASSWORD, "tongban-app"),
                    requests.body("submit", mine)));
        }
        for (String point : pointsWithWindows(db)) {
            String username = "bench-clerk-" + point;
            users.createClerk(username, point);
            var clerk = new Clerk(
                    point, users.token(username, BenchUsers.PASSWORD, "tongban-clerk"), numbersHandledAt(db, point));
            clerks.add(clerk);
            clerkAt.put(point, clerk);
        }
        supervisorToken = users.token("supervisor-city", "demo", "tongban-clerk");
    }

    /**
     * The example's materials as a synthetic resident hands them in: their own ID card from the
     * e-licence library (bench.sh adds theirs to the demo library), and every uploaded file (FILE:…,
     * an id only its uploader may hand in, once) and other e-licence (the example holder's) on paper
     * instead, which the check accepts for a material of medium EITHER: a submission is measured
     * without an upload of its own before it (uploads are another operation).
     */
    private static JsonNode asHandedInBy(JsonNode materials, String idNumber) {
        JsonNode copy = materials.deepCopy();
        for (JsonNode material : copy) {
            String reference = material.path("reference").asText();
            if (reference.startsWith("E-LICENCE:ID_CARD:")) {
                ((ObjectNode) material).put("reference", "E-LICENCE:ID_CARD:" + idNumber);
            } else if (reference.startsWith("FILE:") || reference.startsWith("E-LICENCE:")) {
                ((ObjectNode) material).put("reference", "PAPER");
            }
        }
        return copy;
    }

    /** The first residents of the synthetic data (bench_applicant), so each has applications already. */
    private static List<BenchUsers.Resident> residents(Connection db, int count) throws SQLException {
        List<BenchUsers.Resident> residents = new ArrayList<>();
        try (var statement =
                db.prepareStatement("SELECT n, id_number, district FROM bench_applicant ORDER BY n LIMIT ?")) {
            statement.setInt(1, count);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    int n = rows.getInt(1);
                    residents.add(new BenchUsers.Resident(
                            "bench-citizen-" + n, rows.getString(2), String.format("139%08d", n), rows.getString(3)));
                }
            }
        }
        return residents;
    }

    private static List<String> pointsWithWindows(Connection db) throws SQLException {
        List<String> points = new ArrayList<>();
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("SELECT DISTINCT point FROM bench_route ORDER BY point")) {
            while (rows.next()) {
                points.add(rows.getString(1));
            }
        }
        return points;
    }

    private static String busiestDistrict(Connection db) throws SQLException {
        try (var statement = db.createStatement();
                var rows = statement.executeQuery(
                        "SELECT district FROM bench_route GROUP BY district ORDER BY COUNT(*) DESC, district LIMIT 1")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Applications handled at the point, picked at random over its whole history. */
    private static List<String> numbersHandledAt(Connection db, String point) throws SQLException {
        long maxId;
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("SELECT MAX(id) FROM application")) {
            rows.next();
            maxId = rows.getLong(1);
        }
        List<String> numbers = new ArrayList<>();
        try (var statement = db.prepareStatement(
                "SELECT number FROM application WHERE handling_point = ? AND id >= ? ORDER BY id LIMIT 1")) {
            statement.setString(1, point);
            for (int i = 0; i < NUMBERS_PER_POINT; i++) {
                statement.setLong(2, ThreadLocalRandom.current().nextLong(1, maxId + 1));
                try (var rows = statement.executeQuery()) {
                    if (rows.next()) {
                        numbers.add(rows.getString(1));
                    }
                }
            }
        }
        if (numbers.isEmpty()) {
            throw new IllegalStateException("No application is handled at " + point + ": is the data loaded?");
        }
        return numbers;
    }
}
