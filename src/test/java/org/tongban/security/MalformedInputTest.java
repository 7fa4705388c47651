package org.tongban.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tongban.audit.AuditSealer;
import org.tongban.common.Problem;
import org.tongban.security.ContractOperations.Operation;

/**
 * Sends hostile input to every operation of the contract that takes parameters or a body, as a
 * caller its {@code x-roles} let in: every answer must be a 4xx problem (never a 5xx, never
 * accepted) and the database must be exactly as before. Findings not fixed yet are listed in
 * {@code malformed-known-findings.txt}, a ratchet: a new finding fails, and so does a listed one that
 * is fixed (remove its line). {@code -Dmalformed.refresh=true} rewrites the list from what it found.
 */
@QuarkusTest
class MalformedInputTest {

    private static final Path KNOWN = Path.of("src", "test", "resources", "security", "malformed-known-findings.txt");

    @Inject
    AuditSealer sealer;

    @Test
    void everyMalformedRequestIsRefusedWithA4xxProblemAndChangesNothing() throws IOException {
        SecurityFixtures fixtures = SecurityFixtures.get();
        ContractOperations contract = ContractOperations.read();
        Malformations malformations = new Malformations(contract);
        // The sealer chains audit entries the fixtures appended; its work is not the sweep's write.
        while (sealer.sealBatch() > 0) {
            // until the backlog is sealed
        }
        Map<String, String> before = DatabaseFingerprint.take();
        Map<String, String> findings = new TreeMap<>();
        int sent = 0;
        for (Operation operation : contract.all()) {
            String token = Identity.allowedBy(operation).token();
            for (Malformed malformed : malformations.of(operation, Probes.of(operation, fixtures))) {
                sent++;
                String verdict = verdict(malformed, token);
                if (verdict != null) {
                    findings.put(operation.key() + " with " + malformed.what(), verdict);
                }
            }
        }
        Map<String, String> after = DatabaseFingerprint.take();
        List<String> lines = new ArrayList<>();
        findings.forEach((request, verdict) -> lines.add(request + "  # " + verdict));
        if (Boolean.getBoolean("malformed.refresh")) {
            Files.write(KNOWN, lines, StandardCharsets.UTF_8);
        }
        List<String> known = Files.readAllLines(KNOWN, StandardCharsets.UTF_8).stream()
                .map(line -> line.split("  # ")[0])
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(sent).as("malformed requests sent").isGreaterThan(500);
        assertThat(findings.keySet())
                .as("malformed requests not refused with a 4xx problem (known ones: " + KNOWN + ")")
                .containsExactlyInAnyOrderElementsOf(known);
        // A write the service wrongly accepted is a listed finding and changes the tables by design of
        // the bug; the tables are compared whenever none was accepted (the ratchet keeps the list short).
        boolean acceptedWrites = findings.entrySet().stream()
                .anyMatch(finding -> !finding.getKey().startsWith("GET ")
                        && finding.getValue().startsWith("2"));
        if (!acceptedWrites) {
            assertThat(after).as("tables after the sweep").isEqualTo(before);
        }
    }

    /** Null when the request was refused as it should be, else what went wrong (one short line). */
    private static String verdict(Malformed malformed, String token) {
        try {
            Response response = malformed.send(token);
            int status = response.statusCode();
            String type = String.valueOf(response.contentType());
            if (status < 400 || status >= 500 || !type.startsWith(Problem.MEDIA_TYPE)) {
                return status + " " + type;
            }
            return null;
        } catch (AssertionError contractMismatch) {
            String message = contractMismatch.getMessage();
            int answered = message.indexOf("answered ");
            return "answer outside the contract: "
                    + message.substring(Math.max(answered, 0), Math.min(message.length(), answered + 200))
                            .replaceAll("\\s+", " ");
        }
    }
}
