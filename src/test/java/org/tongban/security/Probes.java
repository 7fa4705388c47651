package org.tongban.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tongban.security.ContractOperations.Operation;
import org.tongban.testing.Api;

/** The {@link Probe} of every operation of the contract, on the {@link SecurityFixtures}. */
final class Probes {

    private static final String ITEM = "gjj-withdraw-rent";

    private Probes() {}

    static Probe of(Operation operation, SecurityFixtures fixtures) {
        Map<String, Object> path = new HashMap<>();
        for (String name : List.of("number", "code", "year", "id", "reference", "item", "noticeNumber")) {
            if (operation.path().contains("{" + name + "}")) {
                path.put(name, pathValue(operation.path(), name, fixtures));
            }
        }
        var probe = new Probe(path, Map.of(), Map.of(), null);
        return switch (operation.key()) {
            case "PUT /api/v1/admin/calendar/{year}" -> probe.withBody(Map.of("year", 2025));
            case "PUT /api/v1/admin/items/{code}" ->
                probe.withBody(Map.of(
                        "code", "gjj-withdraw-rent-other",
                        "name", Map.of("zh", "租房提取", "en", "Rent withdrawal"),
                        "department", "gjj",
                        "category", "withdrawal",
                        "field", "housing",
                        "itemType", "01",
                        "exerciseLevel", "3",
                        "serviceObjects", List.of("1")));
            case "POST /api/v1/admin/items/{code}/versions", "PUT /api/v1/admin/items/{code}/versions/{number}" ->
                probe.withBody(Map.of()).withHeader("If-Match", "\"0\"");
            case "POST /api/v1/admin/webhooks" ->
                probe.withBody(Map.of(
                        "url",
                        "http://169.254.169.254/latest/meta-data/",
                        "eventTypes",
                        List.of("*"),
                        "districts",
                        List.of("350205"),
                        "secret",
                        "sweep-secret-0123456789abcdef"));
            case "PUT /api/v1/admin/windows/{code}" ->
                probe.withBody(Map.of("open", true, "items", List.of("no-such-item"), "categories", List.of()));
            case "POST /api/v1/applications" ->
                probe.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                        .withBody(Api.rentWithdrawal(2500));
            case "POST /api/v1/bundles" ->
                probe.withHeader("Idempotency-Key", UUID.randomUUID().toString())
                        .withBody(bundle());
            case "POST /api/v1/applications/{number}/actions" ->
                probe.withHeader("If-Match", fixtures.etag()).withBody(Map.of("action", "APPROVE"));
            case "GET /api/v1/applications/{number}/applicant-id" -> probe.withQuery("reason", "核验身份 (access sweep)");
            case "GET /api/v1/applications/{number}/personal-data" ->
                probe.withQuery("field", "form.bankAccount").withQuery("reason", "核对收款账户 (access sweep)");
            // an entry no notice has: the window clerk gets past every check to a 422, and nothing is issued
            case "POST /api/v1/applications/{number}/notices/{noticeNumber}/corrections" ->
                probe.withBody(Map.of(
                        "reason",
                        "访问矩阵 (access sweep)",
                        "entries",
                        List.of(Map.of("label", "no-such-entry", "values", List.of("x")))));
            case "POST /api/v1/applications/{number}/rating" -> probe.withBody(Map.of("level", 1, "channel", "MOBILE"));
            case "POST /api/v1/applications/{number}/rating/rectification" -> probe.withBody(Map.of("level", 2));
            case "POST /api/v1/applications/{number}/rating/with-code" ->
                probe.withBody(Map.of("code", "AAAA-BBBB-CCCC", "rating", Map.of("level", 2, "channel", "KIOSK")));
            case "POST /api/v1/rectifications/{id}/steps" ->
                probe.withBody(Map.of("step", "UPHOLD_APPEAL", "note", "申诉成立"));
            case "GET /api/v1/audit" -> probe.withQuery("subject", "application:" + fixtures.application());
            case "GET /api/v1/calendar/deadline" ->
                probe.withQuery("from", "2026-03-02").withQuery("workingDays", 5);
            case "GET /api/v1/calendar/working-days" ->
                probe.withQuery("from", "2026-03-02").withQuery("to", "2026-03-31");
            case "GET /api/v1/reports/load" ->
                probe.withQuery("district", "350205").withQuery("at", "2026-03-02");
            case "GET /api/v1/reports/report-card" ->
                probe.withQuery("district", "350205")
                        .withQuery("from", "2026-03-01")
                        .withQuery("to", "2026-03-31");
            case "GET /api/v1/service-points" -> probe.withQuery("lat", 24.49).withQuery("lon", 118.03);
            // a well-formed code no notice carries: the same 404 for every caller
            case "GET /api/v1/notices/verify" -> probe.withQuery("code", "00000-00000-00000-00000-000000");
            default -> probe;
        };
    }

    private static Object pathValue(String template, String name, SecurityFixtures fixtures) {
        return switch (name) {
            case "year" -> 2026;
            case "reference" -> fixtures.bundle();
            case "item" -> ITEM;
            // The receipt, the first notice a submitted application is given.
            case "noticeNumber" -> fixtures.application() + "-01";
            case "number" ->
                template.contains("/versions/") ? 1 : rated(template) ? fixtures.finished() : fixtures.application();
            case "id" ->
                template.contains("/deliveries/")
                        ? 999_999_999L
                        : template.contains("/rectifications/") ? fixtures.rectification() : fixtures.subscription();
            case "code" ->
                template.contains("/windows/")
                        ? "haicang-centre-comprehensive-01"
                        : template.contains("/service-points/") ? SecurityFixtures.POINT : ITEM;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static boolean rated(String template) {
        return template.contains("/rating");
    }

    /** Two withdrawals in one go (一件事), declaring a Haicang residence. */
    static Map<String, Object> bundle() {
        var body = new HashMap<String, Object>();
        body.put("channel", "MOBILE");
        body.put("residence", Map.of("district", Api.CHEN_RESIDENCE));
        body.put("contactPhone", Api.CHEN_PHONE);
        body.put("sharedForm", Map.of("contributionMonths", 30, "bankAccount", "6222020402012345678"));
        body.put(
                "sharedMaterials",
                List.of(
                        Map.of("code", "id-card", "reference", "E-LICENCE:ID_CARD:" + Api.CHEN_ID),
                        Map.of("code", "bank-card", "reference", "PAPER")));
        body.put(
                "items",
                List.of(
                        Map.of(
                                "itemCode",
                                ITEM,
                                "form",
                                Map.of(
                                        "withdrawAmount",
                                        7500.0,
                                        "monthlyRent",
                                        2500.0,
                                        "ownsHomeInCity",
                                        false,
                                        "hasOutstandingFundLoan",
                                        false)),
                        Map.of(
                                "itemCode", "gjj-withdraw-build",
                                "form",
                                        Map.of(
                                                "worksType",
                                                "major-repair",
                                                "worksCost",
                                                60000.0,
                                                "withdrawAmount",
                                                40000.0),
                                "materials",
                                        List.of(
                                                Map.of("code", "building-permit", "reference", "PAPER"),
                                                Map.of("code", "works-budget", "reference", "PAPER")))));
        return body;
    }
}
