package org.tongban.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database's limit, measured from the benchmark process: each operation is one transaction
 * with exactly the writes a submission makes today, in its order — the number counter (taken first,
 * its row lock held to commit, one counter per handling district and day; its value handed back as
 * the generated key), the application row, its first event, the audit entry, the outbox row, the
 * report counter's upsert, the receipt notice (issued, not yet printed) and the idempotency record —
 * with values of the same size (the item's example form, a routing decision
 * naming every point, a response body as large as an application view). Nothing is read except the
 * counter's value. Runs while the service is stopped, on the same tables and indexes it uses; its
 * rows are deleted afterwards so the service never sees them.
 *
 * <p>Usage: JdbcLimit JDBC_URL OUTPUT_JSON (environment: BENCH_JDBC_CONNECTIONS, BENCH_JDBC_WARMUP_S,
 * BENCH_JDBC_MEASURE_S).
 */
public final class JdbcLimit {

    private static final String MARK = "bench-jdbc";
    /** A receipt's entries as a submission issues them (materials received, what is owed, the due day). */
    private static final String NOTICE_CONTENT = "[{\"label\":\"received\",\"values\":[\"居民身份证（纸质）\","
            + "\"购房合同（纸质）\"]},{\"label\":\"owed\",\"values\":[]},{\"label\":\"acceptanceDue\","
            + "\"values\":[\"2026-12-09\"]}]";
    /** Report counters land on a day no report asks about, then are deleted. */
    private static final LocalDate COUNTER_DAY = LocalDate.of(2000, 1, 1);

    private static final String COUNTER = "INSERT INTO counter (name, next_value) VALUES (?, LAST_INSERT_ID(1))"
            + " ON DUPLICATE KEY UPDATE next_value = LAST_INSERT_ID(next_value + 1)";
    private static final String APPLICATION = "INSERT INTO application (number, item_code, item_version_id,"
            + " item_version_no, department, state, is_open, channel, applicant_name, applicant_id_number,"
            + " applicant_district, contact_phone, form, materials, owed_materials, receiving_point, receiving_window,"
            + " handling_point, handling_window, handling_district, delegation_id, holder_district, routing,"
            + " submitted_by, submitted_role,"
            + " acting_client, bundle_reference, submitted_at, received_on, materials_received_on, promised_due,"
            + " statutory_due, warning, queue_role, queue_due, row_version)"
            + " VALUES (?, ?, ?, ?, ?, 'RECEIVED', TRUE, 'WEB', ?, ?, ?, ?, ?, ?, '[]', NULL, NULL, ?, ?, ?, ?, ?, ?, ?,"
            + " 'citizen', 'tongban-app', NULL, ?, ?, ?, NULL, NULL, 'GREEN', 'clerk', ?, 0)";
    private static final String EVENT = "INSERT INTO application_event (application_id, action, from_state,"
            + " to_state, actor, acting_client, actor_role, occurred_at, comment, details)"
            + " VALUES (?, 'SUBMIT', NULL, 'RECEIVED', ?, 'tongban-app', 'citizen', ?, NULL, ?)";
    private static final String AUDIT = "INSERT INTO audit_entry (recorded_at, actor, acting_client, actor_role,"
            + " action, subject_type, subject_id, scope_district, before_state, after_state)"
            + " VALUES (?, ?, 'tongban-app', 'citizen', 'application.submit', 'application', ?, ?, NULL, '\"RECEIVED\"')";
    private static final String OUTBOX = "INSERT INTO outbox_event (event_id, event_type, application_number,"
            + " district, payload, created_at, dispatched) VALUES (?, 'application.submit', ?, ?, ?, ?, FALSE)";
    /** The day's row and the month's, in one statement as the service moves them (COUNTER_DAY is a first). */
    private static final String STATS = "INSERT INTO case_stats (span, day, handling_district, handling_point,"
            + " item_version_id, shard, received) VALUES ('DAY', ?, ?, ?, ?, ?, 1), ('MONTH', ?, ?, ?, ?, ?, 1)"
            + " ON DUPLICATE KEY UPDATE received = received + VALUES(received)";

    private static final String NOTICE = "INSERT INTO notice (application_id, number, seq, kind, issued_on,"
            + " issued_at, issuer, issuer_window, legal_basis, content, code, code_hash)"
            + " VALUES (?, ?, 1, 'RECEIPT', ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String IDEMPOTENCY = "INSERT INTO idempotency_key (caller, key_value, request_hash,"
            + " response_status, response_location, response_body, created_at) VALUES (?, ?, ?, 201, ?, ?, ?)";

    /** One (window, item) pair of the synthetic data: where a connection's submissions go. */
    record Route(
            String point,
            String window,
            String district,
            String item,
            long versionId,
            int versionNo,
            String department,
            String form,
            String materials,
            Long delegationId,
            String holderDistrict) {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path output = Path.of(args[1]);
        int connections = Settings.integer("BENCH_JDBC_CONNECTIONS", 16);
        Duration warmUp = Settings.seconds("BENCH_JDBC_WARMUP_S", 5);
        Duration measure = Settings.seconds("BENCH_JDBC_MEASURE_S", 15);

        List<Route> routes;
        String routing;
        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            routes = routes(db);
            routing = routingOfEveryPoint(db);
        }
        List<Writer> writers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            writers.add(new Writer(
                    DriverManager.getConnection(url, "root", ""), c, routes.get(c % routes.size()), routing));
        }
        try (Connection probe = DriverManager.getConnection(url, "root", "")) {
            var window = new Probes.Window(probe, 0);
            ClosedLoop.Result result = ClosedLoop.run(
                    connections, warmUp, measure, client -> writers.get(client).submit(), window);
            for (Writer writer : writers) {
                writer.connection.close();
            }
            deleteWhatItWrote(probe);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("connections", connections);
            json.put("warmUpSeconds", warmUp.toSeconds());
            json.put("measureSeconds", measure.toSeconds());
            json.put("result", Results.of(result, window, Map.of()));
            Results.write(output, Map.of("jdbcLimit", json));
            System.out.printf(
                    "   %d connections: %.0f transactions/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                    connections,
                    result.perSecond(),
                    result.latencies().percentileMillis(50),
                    result.latencies().percentileMillis(99),
                    result.errors());
            if (result.errors() > 0) {
                System.err.println(
                        "JDBC limit: " + result.errors() + " failed transactions, e.g. " + result.errorSamples());
                System.exit(1);
            }
        }
    }

    /** One connection's prepared writes. */
    private static final class Writer {
        final Connection connection;
        final String caller;
        final Route route;
        final String routing;
        final PreparedStatement counter, application, event, audit, outbox, stats, notice, idempotency;

        Writer(Connection connection, int number, Route route, String routing) throws SQLException {
            this.connection = connection;
            this.caller = MARK + "-" + number;
            this.route = route;
            this.routing = routing;
            connection.setAutoCommit(false);
            counter = connection.prepareStatement(COUNTER, PreparedStatement.RETURN_GENERATED_KEYS);
            application = connection.prepareStatement(APPLICATION, PreparedStatement.RETURN_GENERATED_KEYS);
            event = connection.prepareStatement(EVENT);
            audit = connection.prepareStatement(AUDIT);
            outbox = connection.prepareStatement(OUTBOX);
            stats = connection.prepareStatement(STATS);
            notice = connection.prepareStatement(NOTICE);
            idempotency = connection.prepareStatement(IDEMPOTENCY);
        }

        void submit() throws SQLException {
            try {
                write();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }

        private void write() throws SQLException {
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
            LocalDate today = now.toLocalDate();
            String prefix = route.district() + "-" + today.format(DateTimeFormatter.BASIC_ISO_DATE);
            counter.setString(1, MARK + ":" + prefix);
            counter.executeUpdate();
            long sequence;
            try (ResultSet value = counter.getGeneratedKeys()) {
                value.next();
                sequence = value.getLong(1);
            }
            String number = prefix + "-J" + String.format("%06d", sequence);

            int i = 1;
            application.setString(i++, number);
            application.setString(i++, route.item());
            application.setLong(i++, route.versionId());
            application.setInt(i++, route.versionNo());
            application.setString(i++, route.department());
            application.setString(i++, "陈晓明");
            application.setString(i++, "350205199003071239");
            application.setString(i++, "350205");
            application.setString(i++, "13800000001");
            application.setString(i++, route.form());
            application.setString(i++, route.materials());
            application.setString(i++, route.point());
            application.setString(i++, route.window());
            application.setString(i++, route.district());
            application.setObject(i++, route.delegationId());
            application.setString(i++, route.holderDistrict());
            application.setString(i++, routing);
            application.setString(i++, MARK);
            application.setTimestamp(i++, Timestamp.valueOf(now));
            application.setObject(i++, today);
            application.setObject(i++, today);
            application.setObject(i, today.plusDays(7));
            application.executeUpdate();
            long id;
            try (ResultSet keys = application.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }

            event.setLong(1, id);
            event.setString(2, caller);
            event.setTimestamp(3, Timestamp.valueOf(now));
            event.setString(4, "{\"routing\":\"NEAREST\",\"forwarded\":false}");
            event.executeUpdate();

            audit.setTimestamp(1, Timestamp.valueOf(now));
            audit.setString(2, caller);
            audit.setString(3, number);
            audit.setString(4, route.district());
            audit.executeUpdate();

            String eventId = UUID.randomUUID().toString();
            outbox.setString(1, eventId);
            outbox.setString(2, number);
            outbox.setString(3, route.district());
            outbox.setString(4, outboxPayload(eventId, number, now));
            outbox.setTimestamp(5, Timestamp.valueOf(now));
            outbox.executeUpdate();

            int shard = ThreadLocalRandom.current().nextInt(8);
            for (int row = 0; row < 2; row++) {
                stats.setObject(5 * row + 1, COUNTER_DAY);
                stats.setString(5 * row + 2, route.district());
                stats.setString(5 * row + 3, route.point());
                stats.setLong(5 * row + 4, route.versionId());
                stats.setInt(5 * row + 5, shard);
            }
            stats.executeUpdate();

            notice.setLong(1, id);
            notice.setString(2, number + "-01");
            notice.setObject(3, today);
            notice.setTimestamp(4, Timestamp.valueOf(now));
            notice.setString(5, "厦门市思明区行政服务中心");
            notice.setString(6, "厦门市思明区行政服务中心 W01");
            notice.setString(7, "《中华人民共和国行政许可法》第三十二条");
            notice.setString(8, NOTICE_CONTENT);
            notice.setString(9, "enc:bench:" + "A".repeat(76));
            notice.setString(10, UUID.randomUUID().toString().replace("-", "").repeat(2));
            notice.executeUpdate();

            idempotency.setString(1, caller);
            idempotency.setString(2, UUID.randomUUID().toString());
            idempotency.setString(3, "0".repeat(64));
            idempotency.setString(4, "/api/v1/applications/" + number);
            idempotency.setString(5, responseBody(number));
            idempotency.setTimestamp(6, Timestamp.valueOf(now));
            idempotency.executeUpdate();
        }

        private String outboxPayload(String eventId, String number, LocalDateTime now) {
            return "{\"id\":\"" + eventId + "\",\"type\":\"application.submit\",\"occurredAt\":\"" + now
                    + "Z\",\"application\":{\"number\":\"" + number + "\",\"itemCode\":\"" + route.item()
                    + "\",\"itemVersion\":" + route.versionNo() + ",\"from\":null,\"state\":\"RECEIVED\","
                    + "\"handlingPoint\":\"" + route.point() + "\",\"handlingDistrict\":\"" + route.district()
                    + "\",\"promisedDue\":null,\"warning\":\"GREEN\"},\"actor\":{\"role\":\"citizen\","
                    + "\"client\":\"tongban-app\"}}";
        }

        /** About the size of the application view a submission answers with (and keeps for replays). */
        private String responseBody(String number) {
            return "{\"number\":\"" + number + "\",\"state\":\"RECEIVED\",\"item\":{\"code\":\"" + route.item()
                    + "\",\"version\":" + route.versionNo() + "},\"channel\":\"WEB\",\"applicant\":{\"name\":\"陈晓明\","
                    + "\"idNumber\":\"350205199003071239\",\"contactPhone\":\"13800000001\"},\"received\":{},"
                    + "\"handled\":{\"point\":\"" + route.point() + "\",\"window\":\"" + route.window()
                    + "\",\"district\":\"" + route.district() + "\"},\"forwarded\":false,\"routing\":{\"rule\":"
                    + "\"NEAREST\",\"explanation\":\"the nearest point with an open window for this item\"},"
                    + "\"form\":" + route.form() + ",\"materials\":" + route.materials() + ",\"owedMaterials\":[],"
                    + "\"actingClient\":\"tongban-app\",\"deadline\":{\"paused\":false,\"pausedWorkingDays\":0,"
                    + "\"extensionDays\":0,\"warning\":\"GREEN\"}}";
        }
    }

    private static List<Route> routes(Connection db) throws SQLException {
        List<Route> routes = new ArrayList<>();
        // One route per handling district, so the connections share a district's counter as submissions do.
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("SELECT point, win, district, item_code, version_id, version_no,"
                        + " department, form, materials, delegation_id, holder_district FROM bench_route r WHERE n = (SELECT MIN(n) FROM bench_route"
                        + " WHERE district = r.district) ORDER BY district")) {
            while (rows.next()) {
                routes.add(new Route(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getLong(5),
                        rows.getInt(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getString(9),
                        rows.getObject(10, Long.class),
                        rows.getString(11)));
            }
        }
        return routes;
    }

    /** A routing decision that lists every point of the network as a candidate, as the router writes it. */
    private static String routingOfEveryPoint(Connection db) throws SQLException {
        List<String> candidates = new ArrayList<>();
        try (var statement = db.createStatement();
                var rows = statement.executeQuery("SELECT code, district_code FROM service_point ORDER BY code")) {
            while (rows.next()) {
                candidates.add("{\"point\":\"" + rows.getString(1) + "\",\"district\":\"" + rows.getString(2)
                        + "\",\"distanceKm\":12.345,\"backlog\":17}");
            }
        }
        return "{\"handlingPoint\":\"p\",\"handlingWindow\":\"w\",\"handlingDistrict\":\"d\",\"forwarded\":false,"
                + "\"rule\":\"NEAREST\",\"origin\":{\"location\":{\"lat\":24.47,\"lon\":117.98},\"source\":"
                + "\"district centroid\"},\"candidates\":[" + String.join(",", candidates) + "],\"explanation\":"
                + "\"the nearest point with an open window for this item\"}";
    }

    private static void deleteWhatItWrote(Connection db) throws SQLException {
        db.setAutoCommit(true);
        try (var statement = db.createStatement()) {
            statement.executeUpdate("DELETE FROM application_event WHERE application_id IN"
                    + " (SELECT id FROM application WHERE submitted_by = '" + MARK + "')");
            statement.executeUpdate("DELETE FROM outbox_event WHERE application_number IN"
                    + " (SELECT number FROM application WHERE submitted_by = '" + MARK + "')");
            statement.executeUpdate("DELETE FROM notice WHERE application_id IN"
                    + " (SELECT id FROM application WHERE submitted_by = '" + MARK + "')");
            statement.executeUpdate("DELETE FROM application WHERE submitted_by = '" + MARK + "'");
            statement.executeUpdate("DELETE FROM audit_entry WHERE actor LIKE '" + MARK + "-%'");
            statement.executeUpdate("DELETE FROM idempotency_key WHERE caller LIKE '" + MARK + "-%'");
            statement.executeUpdate("DELETE FROM counter WHERE name LIKE '" + MARK + ":%'");
            statement.executeUpdate("DELETE FROM case_stats WHERE day = '" + COUNTER_DAY + "'");
        }
    }
}
