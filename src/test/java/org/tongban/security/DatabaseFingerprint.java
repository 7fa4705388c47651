package org.tongban.security;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tongban.testing.TestEnvironment;

/** Every table of the test schema with its row count and checksum: equal fingerprints, nothing written. */
final class DatabaseFingerprint {

    private DatabaseFingerprint() {}

    static Map<String, String> take() {
        String schema = TestEnvironment.schema();
        Map<String, String> tables = new TreeMap<>();
        try (var connection = TestEnvironment.connect();
                var statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (var rows =
                    statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                            + schema + "' AND table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            // A scheduled job's lease is the cluster's bookkeeping, taken whenever a job runs, not data a request
            // wrote.
            names.remove("job_lease");
            for (String name : names) {
                String table = schema + ".`" + name + "`";
                try (var count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    count.next();
                    tables.put(name, count.getLong(1) + " rows");
                }
                try (var sum = statement.executeQuery("CHECKSUM TABLE " + table)) {
                    sum.next();
                    tables.merge(name, ", checksum " + sum.getString(2), String::concat);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return tables;
    }
}
