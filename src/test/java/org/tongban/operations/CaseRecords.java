package org.tongban.operations;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the database says about the cases the checks created, read with plain SQL behind the
 * service's back: numbers, and whether each application has all it must have.
 */
final class CaseRecords implements AutoCloseable {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private Connection db;

    CaseRecords(String jdbcUrl, String user, String password) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.db = DriverManager.getConnection(jdbcUrl, user, password);
    }

    /** The connection, opened again when the database restarted under the check (CrashSafetyIT does that). */
    private Connection db() throws SQLException {
        if (!db.isValid(2)) {
            db.close();
            db = DriverManager.getConnection(jdbcUrl, user, password);
        }
        return db;
    }

    /** Runs a query and returns its rows as lists of column values. */
    List<List<Object>> rows(String sql, Object... parameters) throws SQLException {
        try (var query = db().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                List<List<Object>> rows = new ArrayList<>();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    long count(String sql, Object... parameters) throws SQLException {
        return ((Number) rows(sql, parameters).get(0).get(0)).longValue();
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (var statement = db().prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /**
     * Problems with the numbering as README documents it: per district and day, application numbers
     * run 1..n without a gap or a repeat, and the counter stands at n (a rolled-back submission took
     * its number back with it). Empty when all is well.
     */
    List<String> numberingProblems() throws SQLException {
        Map<String, List<Integer>> byPrefix = new TreeMap<>();
        for (List<Object> row : rows("SELECT number FROM application")) {
            String number = (String) row.get(0);
            int cut = number.lastIndexOf('-');
            byPrefix.computeIfAbsent(number.substring(0, cut), p -> new ArrayList<>())
                    .add(Integer.parseInt(number.substring(cut + 1)));
        }
        List<String> problems = new ArrayList<>();
        for (var prefix : byPrefix.entrySet()) {
            List<Integer> sequence = prefix.getValue().stream().sorted().toList();
            for (int i = 0; i < sequence.size(); i++) {
                if (sequence.get(i) != i + 1) {
                    problems.add(prefix.getKey() + ": expected " + (i + 1) + " at position " + i + ", found "
                            + sequence.get(i));
                    break;
                }
            }
            long counter = count("SELECT next_value FROM counter WHERE name = ?", "application:" + prefix.getKey());
            if (counter != sequence.size()) {
                problems.add(prefix.getKey() + ": counter at " + counter + " for " + sequence.size() + " applications");
            }
        }
        return problems;
    }

    /**
     * Applications missing part of their submission, by number: the SUBMIT event, its audit entry
     * and its outbox row are written in one transaction with the case, so all or none must exist.
     */
    Map<String, String> halfWritten() throws SQLException {
        Map<String, String> missing = new LinkedHashMap<>();
        for (List<Object> row : rows("SELECT a.number,"
                + " (SELECT COUNT(*) FROM application_event e WHERE e.application_id = a.id AND e.action = 'SUBMIT'),"
                + " (SELECT COUNT(*) FROM audit_entry u WHERE u.subject_type = 'application'"
                + "    AND u.subject_id = a.number AND u.action = 'application.submit'),"
                + " (SELECT COUNT(*) FROM outbox_event o WHERE o.application_number = a.number"
                + "    AND o.event_type = 'application.submit')"
                + " FROM application a")) {
            String counts = row.get(1) + " SUBMIT event(s), " + row.get(2) + " audit entr(ies), " + row.get(3)
                    + " outbox row(s)";
            if (!(one(row.get(1)) && one(row.get(2)) && one(row.get(3)))) {
                missing.put((String) row.get(0), counts);
            }
        }
        long orphans = count("SELECT COUNT(*) FROM outbox_event o WHERE NOT EXISTS"
                + " (SELECT 1 FROM application a WHERE a.number = o.application_number)");
        if (orphans > 0) {
            missing.put("(none)", orphans + " outbox row(s) of no application");
        }
        return missing;
    }

    private static boolean one(Object count) {
        return ((Number) count).longValue() == 1;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
