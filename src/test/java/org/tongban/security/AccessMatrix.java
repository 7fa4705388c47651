package org.tongban.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who gets which status from which operation, kept as data: {@code access-matrix.csv}, one row per
 * operation of the contract, one column per {@link Identity}. Lines starting with {@code #} explain.
 */
final class AccessMatrix {

    static final Path FILE = Path.of("src", "test", "resources", "security", "access-matrix.csv");

    private static final String HEADER = """
            # Expected status of each operation of openapi/tongban.yaml for each caller, with the request
            # org.tongban.security.Probes sends (fixtures: citizen-chen's applications handled at haicang-centre,
            # held by Haicang's gjj reviewers). 401 no or bad token, 403 role not allowed, 404 outside the
            # caller's scope (an application is not revealed), 409/412/422 the caller passed both checks and the
            # probe was refused on its merits. AccessMatrixTest checks every cell; after a deliberate change run
            # it with -Daccess-matrix.refresh=true and review the diff.
            # The submission probes hand in citizen-chen's ID card e-licence: citizen-foreign (citizen-lin) passes both
            # checks and is refused on the merits (422 licence-not-held: the licence is not the applicant's).
            """;

    private final Map<String, Map<Identity, Integer>> rows;

    private AccessMatrix(Map<String, Map<Identity, Integer>> rows) {
        this.rows = rows;
    }

    static AccessMatrix read() {
        try {
            List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            List<Identity> columns = Arrays.stream(lines.getFirst().split(","))
                    .skip(1)
                    .map(AccessMatrix::identity)
                    .toList();
            Map<String, Map<Identity, Integer>> rows = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                Map<Identity, Integer> row = new EnumMap<>(Identity.class);
                for (int i = 1; i < cells.length; i++) {
                    row.put(columns.get(i - 1), Integer.valueOf(cells[i].trim()));
                }
                rows.put(cells[0].trim(), row);
            }
            return new AccessMatrix(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessMatrix of(Map<String, Map<Identity, Integer>> rows) {
        return new AccessMatrix(rows);
    }

    private static Identity identity(String column) {
        return Arrays.stream(Identity.values())
                .filter(identity -> identity.column.equals(column.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown caller in " + FILE + ": " + column));
    }

    List<String> operations() {
        return new ArrayList<>(rows.keySet());
    }

    /** The expected status, or null when the matrix has no such cell. */
    Integer expected(String operation, Identity identity) {
        return rows.getOrDefault(operation, Map.of()).get(identity);
    }

    void write() {
        String header = "operation,"
                + Arrays.stream(Identity.values())
                        .map(identity -> identity.column)
                        .collect(Collectors.joining(","));
        StringBuilder csv = new StringBuilder(HEADER).append(header).append('\n');
        rows.forEach((operation, row) -> csv.append(operation)
                .append(',')
                .append(Arrays.stream(Identity.values())
                        .map(identity -> String.valueOf(row.get(identity)))
                        .collect(Collectors.joining(",")))
                .append('\n'));
        try {
            Files.writeString(FILE, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
