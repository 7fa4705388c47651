package org.tongban.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.cases.intake.Applications.clerk;
import static org.tongban.cases.intake.Applications.submit;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tongban.testing.TestIds;
import org.tongban.testing.Uploaded;

/** Numbers under concurrency through the real service (overflow: {@link LoadOverflowTest}). */
@QuarkusTest
class SubmissionLoadTest {

    @Test
    void fiftyConcurrentSubmissionsGetFiftyDistinctConsecutiveNumbers() throws Exception {
        String token = clerk("clerk-haicang");
        List<Callable<String>> submissions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = TestIds.next("350205");
            var body = Uploaded.withScannedIdCard(Applications.onBehalfOf(certificate(id), "并发" + i, id), token);
            submissions.add(() -> submit(token, body).statusCode(201).extract().path("number"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<String> numbers = new ArrayList<>();
        try {
            for (Future<String> number : pool.invokeAll(submissions)) {
                numbers.add(number.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(new HashSet<>(numbers)).hasSize(50);
        List<Integer> sequences = numbers.stream()
                .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)))
                .sorted()
                .toList();
        assertThat(sequences.get(49) - sequences.get(0)).as("no gaps").isEqualTo(49);
    }

    static Map<String, Object> certificate(String idNumber) {
        var body = new java.util.HashMap<String, Object>();
        body.put("itemCode", "gjj-contribution-certificate");
        body.put("channel", "WINDOW");
        body.put("form", Map.of("purpose", "loan"));
        body.put("materials", List.of(Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:" + idNumber)));
        body.put("contactPhone", "13900000000");
        return body;
    }

    static Map<String, Object> elevator() {
        var body = new java.util.HashMap<String, Object>();
        body.put("itemCode", "gjj-withdraw-elevator");
        body.put("channel", "MOBILE");
        body.put(
                "form", Map.of("sharedCost", 30000.0, "withdrawAmount", 30000.0, "bankAccount", "6222020402012345678"));
        body.put(
                "materials",
                List.of(
                        Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:" + SubmissionTest.CHEN_ID),
                        Map.of("code", "bank-card", "reference", "PAPER"),
                        Map.of("code", "lift-agreement", "reference", Uploaded.pdf("citizen-chen"))));
        body.put("contactPhone", "13800000001");
        body.put("residence", Map.of("district", "350205"));
        return body;
    }
}
