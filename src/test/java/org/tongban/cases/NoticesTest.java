package org.tongban.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.tongban.cases.Cases.act;
import static org.tongban.cases.Cases.action;
import static org.tongban.cases.Cases.citizen;
import static org.tongban.cases.Cases.clerk;
import static org.tongban.cases.Cases.head;
import static org.tongban.cases.Cases.submit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.cases.notices.Notice;
import org.tongban.cases.notices.NoticePrinter;
import org.tongban.cases.notices.VerificationCodes;
import org.tongban.testing.TestClock;
import org.tongban.testing.TestIds;
import org.tongban.testing.Tokens;
import org.tongban.testing.Uploaded;

/** The written notices: issued at their transitions, printed as PDF in Chinese, verified by code. */
@QuarkusTest
class NoticesTest {

    private static final Pattern CODE = Pattern.compile("核验码：\\s*([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3}-[0-9A-Z]{6})");

    @Inject
    TestClock clock;

    @Inject
    NoticePrinter printer;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aWindowPrintsEachNoticeAndAnyoneVerifiesItByItsCode() throws Exception {
        String id = TestIds.next("350205");
        var body = new HashMap<String, Object>(Map.of(
                "itemCode",
                "gjj-account-info-change",
                "channel",
                "WINDOW",
                "form",
                Map.of("newPhone", "13911112222"),
                "materials",
                List.of(Map.of("code", "id-card", "reference", Uploaded.pdf("clerk-haicang"))),
                "contactPhone",
                "13911112222",
                "applicant",
                Map.of("name", "窗口办事人", "idNumber", id)));
        String clerk = clerk("clerk-haicang");
        String number = submit(clerk, body);

        String receipt = number + "-01";
        notices(clerk, number)
                .body("number", contains(receipt))
                .body("[0].kind", equalTo("RECEIPT"))
                .body("[0].title", equalTo("收件回执"))
                .body("[0].issuedOn", equalTo("2026-03-02"))
                .body("[0].issuer", notNullValue())
                .body("[0].legalBasis", containsString("第三十二条"))
                .body("find { it.number == '" + receipt + "' }.entries.label", hasItem("received"));
        String sha256 = given().auth()
                .oauth2(clerk)
                .header("Accept-Language", "zh-CN")
                .get("/api/v1/applications/" + number + "/notices/" + receipt)
                .then()
                .statusCode(200)
                .body("pdfSha256", notNullValue())
                .extract()
                .path("pdfSha256");

        byte[] pdf = pdf(clerk, number, receipt);
        assertThat(sha256(pdf)).isEqualTo(sha256);
        String text = text(pdf);
        assertThat(text)
                .contains("收件回执", receipt, number, "窗口办事人", "已收材料", "居民身份证（电子文件）", "受理决定期限")
                .doesNotContain(id);
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as("the code is printed: %s", text).isTrue();
        assertThat(text.replaceAll("\\s", "")).contains("/api/v1/notices/verify?code=" + code.group(1));

        // anonymous, in any case and without dashes, as typed off the paper
        given().queryParam("code", code.group(1).replace("-", "").toLowerCase(Locale.ROOT))
                .header("Accept-Language", "zh-CN")
                .get("/api/v1/notices/verify")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", containsString("anonymous"))
                .header("Content-Language", equalTo("zh-CN"))
                .body("genuine", equalTo(true))
                .body("kind", equalTo("RECEIPT"))
                .body("number", equalTo(receipt))
                .body("itemCode", equalTo("gjj-account-info-change"))
                .body("applicationState", equalTo("RECEIVED"))
                .body("applicant", equalTo("窗****"))
                .body("pdfSha256", equalTo(sha256))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("applicationNumber")));
        given().queryParam("code", VerificationCodes.generate())
                .get("/api/v1/notices/verify")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("code", "not-a-code")
                .get("/api/v1/notices/verify")
                .then()
                .statusCode(404);

        act(clerk, number, action("ACCEPT")).statusCode(200);
        act(clerk, number, action("APPROVE")).statusCode(200);
        notices(clerk, number)
                .body("number", contains(receipt, number + "-02", number + "-03"))
                .body("kind", contains("RECEIPT", "ACCEPTANCE", "APPROVAL"));
        assertThat(text(pdf(clerk, number, number + "-03"))).contains("准予行政许可决定书", "决定日期：2026-03-02");
        given().auth()
                .oauth2(clerk)
                .header("Accept-Language", "en")
                .get("/api/v1/applications/" + number + "/notices/" + number + "-02")
                .then()
                .statusCode(200)
                .body("title", equalTo("Notice of acceptance"))
                .body("entries.title", hasItem("Accepted on"));
        // the verification now shows where the case stands
        given().queryParam("code", code.group(1))
                .get("/api/v1/notices/verify")
                .then()
                .body("applicationState", equalTo("APPROVED"));
    }

    @Test
    void aSupplementNoticeListsEveryDeficiencyAndANonAcceptanceItsReasonsAndRemedies() throws IOException {
        String number = submit(citizen(), Cases.rent());
        String clerk = clerk("clerk-haicang");
        act(
                        clerk,
                        number,
                        action(
                                "REQUEST_SUPPLEMENT",
                                "missing",
                                List.of(
                                        Map.of("target", "form.monthlyRent", "problem", "与租赁合同不符"),
                                        Map.of("target", "materials.bank-card", "problem", "请提供本人银行卡"))))
                .statusCode(200);
        act(
                        clerk,
                        number,
                        action(
                                "REFUSE_ACCEPTANCE",
                                "reasons",
                                List.of("逾期未补正"),
                                "rightToReview",
                                "可于六十日内申请行政复议或六个月内提起行政诉讼"))
                .statusCode(200);
        notices(citizen(), number).body("kind", contains("RECEIPT", "SUPPLEMENT", "NON_ACCEPTANCE"));
        String supplement = text(pdf(citizen(), number, number + "-02"));
        assertThat(supplement).contains("补正材料通知书", "一次性告知", "1. form.monthlyRent：与租赁合同不符", "请提供本人银行卡");
        String refusal = text(pdf(citizen(), number, number + "-03"));
        assertThat(refusal).contains("不予受理决定书", "逾期未补正", "救济途径", "行政复议", "第三十八条");

        // outside the case's scope the notices do not exist
        given().auth()
                .oauth2(Tokens.of("citizen-lin"))
                .get("/api/v1/applications/" + number + "/notices")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.of("citizen-lin"))
                .accept("application/pdf")
                .get("/api/v1/applications/" + number + "/notices/" + number + "-01")
                .then()
                .statusCode(404);
    }

    @Test
    void anExtensionIsNoticedWithItsReasonAndNewDueDate() throws IOException {
        clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        String number = submit(citizen(), Cases.plantRebuild());
        act(clerk("clerk-haicang"), number, action("ACCEPT")).statusCode(200);
        act(head("head-planning"), number, action("EXTEND", "days", 10, "reason", "需现场核查"))
                .statusCode(200);
        notices(citizen(), number)
                .body("kind", contains("RECEIPT", "ACCEPTANCE", "EXTENSION"))
                .body("[2].entries.find { it.label == 'reason' }.values[0]", equalTo("需现场核查"));
        assertThat(text(pdf(citizen(), number, number + "-03"))).contains("延长审批期限通知书", "延长工作日数：10", "需现场核查", "第四十二条");
    }

    @Test
    void aCorrectionIsANewNoticeNamingTheOneItReplaces() throws IOException {
        // Submitted asking for English (the tests' default): its notices are printed in both languages.
        String number = submit(citizen(), Cases.rent());
        String receipt = number + "-01";
        String clerk = clerk("clerk-haicang");
        assertThat(text(pdf(citizen(), number, receipt, "en"))).contains("Receipt of application", receipt);
        String issued = text(pdf(citizen(), number, receipt));
        Matcher code = CODE.matcher(issued);
        assertThat(code.find()).isTrue();
        Map<String, Object> correction = Map.of(
                "reason",
                "受理决定期限计算有误",
                "entries",
                List.of(Map.of("label", "acceptanceDue", "values", List.of("2026-03-10"))));

        // only a clerk of the case's window corrects; the applicant may read the notice but not correct it
        given().auth()
                .oauth2(citizen())
                .contentType("application/json")
                .body(correction)
                .post("/api/v1/applications/" + number + "/notices/" + receipt + "/corrections")
                .then()
                .statusCode(403);
        String corrected = given().auth()
                .oauth2(clerk)
                .header("Accept-Language", "zh-CN")
                .contentType("application/json")
                .body(correction)
                .post("/api/v1/applications/" + number + "/notices/" + receipt + "/corrections")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/notices/" + number + "-02"))
                .body("kind", equalTo("RECEIPT"))
                .body("replaces", equalTo(receipt))
                .body("entries.find { it.label == 'acceptanceDue' }.values", contains("2026-03-10"))
                .body("entries.find { it.label == 'correctionReason' }.title", equalTo("更正原因"))
                .extract()
                .path("number");
        notices(citizen(), number)
                .body("number", contains(receipt, corrected))
                .body("[0].replacedBy", equalTo(corrected))
                .body(
                        "[0].entries.find { it.label == 'acceptanceDue' }.values",
                        org.hamcrest.Matchers.not(contains("2026-03-10")));
        assertThat(text(pdf(citizen(), number, corrected)))
                .contains("收件回执", "本文书更正并取代", receipt, "更正原因", "受理决定期限计算有误", "2026-03-10");
        // the code printed on the replaced notice now says by which it was replaced
        given().queryParam("code", code.group(1))
                .get("/api/v1/notices/verify")
                .then()
                .statusCode(200)
                .body("number", equalTo(receipt))
                .body("replacedBy", equalTo(corrected));

        // a replaced notice is not corrected twice; an entry the notice does not have is named
        given().auth()
                .oauth2(clerk)
                .contentType("application/json")
                .body(correction)
                .post("/api/v1/applications/" + number + "/notices/" + receipt + "/corrections")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/notice-replaced"));
        given().auth()
                .oauth2(clerk)
                .contentType("application/json")
                .body(Map.of("reason", "x", "entries", List.of(Map.of("label", "colour", "values", List.of("red")))))
                .post("/api/v1/applications/" + number + "/notices/" + corrected + "/corrections")
                .then()
                .statusCode(422)
                .body("errors.field", contains("entries[0].label"))
                .body("errors.code", contains("not-on-notice"));
    }

    @Test
    void aNoticeIsPrintedWhenFirstAskedForThenHandedOutAsPrinted() throws Exception {
        // Submitted asking for English (the tests' default): an English copy is issued beside the Chinese.
        String number = submit(citizen(), Cases.rent());
        String receipt = number + "-01";
        Map<String, Object> issued = stored(receipt);
        assertThat(issued.get("pdf_sha256")).as("not printed at issue").isNull();
        assertThat(issued.get("pdf_en_sha256")).isNull();
        assertThat((String) issued.get("code"))
                .as("the code it will carry, kept encrypted")
                .isNotBlank()
                .doesNotMatch("[0-9A-Z]{5}(-[0-9A-Z]{5}){3}-[0-9A-Z]{6}");

        byte[] chinese = pdf(citizen(), number, receipt);
        assertThat(pdf(citizen(), number, receipt)).isEqualTo(chinese);
        assertThat(stored(receipt).get("pdf_sha256")).isEqualTo(sha256(chinese));
        assertThat(stored(receipt).get("pdf_en_sha256"))
                .as("printed when asked for")
                .isNull();
        byte[] english = pdf(citizen(), number, receipt, "en");
        assertThat(text(english)).contains("Receipt of application");
        assertThat(stored(receipt).get("pdf_en_sha256")).isEqualTo(sha256(english));
        Matcher code = CODE.matcher(text(chinese));
        assertThat(code.find()).isTrue();
        assertThat(VerificationCodes.hash(code.group(1))).isEqualTo(issued.get("code_hash"));
    }

    @Test
    void whenTwoReadersPrintOneNoticeAtOnceTheCopyStoredFirstIsTheOneEveryoneGets() {
        String number = submit(citizen(), Cases.rent());
        String receipt = number + "-01";
        byte[] theirs = "%PDF-1.7 printed by another instance".getBytes(StandardCharsets.US_ASCII);
        byte[] handedOut = QuarkusTransaction.requiringNew().call(() -> {
            Notice seen = Notice.find("number", receipt).firstResult(); // unprinted when this reader looked
            QuarkusTransaction.requiringNew()
                    .run(() ->
                            Notice.update("pdf = ?1, pdfSha256 = ?2 where id = ?3", theirs, sha256(theirs), seen.id));
            return printer.copy(seen, Application.findById(seen.applicationId), false)
                    .content();
        });
        assertThat(handedOut).isEqualTo(theirs);
        assertThat(pdf(citizen(), number, receipt)).isEqualTo(theirs);
    }

    private static Map<String, Object> stored(String notice) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) Notice.getEntityManager()
                    .createNativeQuery(
                            "SELECT code, code_hash, pdf_sha256, pdf_en_sha256 FROM notice WHERE number = ?1")
                    .setParameter(1, notice)
                    .getSingleResult();
            var columns = new HashMap<String, Object>();
            columns.put("code", row[0]);
            columns.put("code_hash", row[1]);
            columns.put("pdf_sha256", row[2]);
            columns.put("pdf_en_sha256", row[3]);
            return columns;
        });
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.restassured.response.ValidatableResponse notices(String token, String number) {
        return given().auth()
                .oauth2(token)
                .header("Accept-Language", "zh-CN")
                .get("/api/v1/applications/" + number + "/notices")
                .then()
                .statusCode(200);
    }

    private static byte[] pdf(String token, String number, String notice) {
        return pdf(token, number, notice, "zh-CN");
    }

    private static byte[] pdf(String token, String number, String notice, String language) {
        return given().auth()
                .oauth2(token)
                .header("Accept-Language", language)
                .accept("application/pdf")
                .get("/api/v1/applications/" + number + "/notices/" + notice)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Language", language.equals("en") ? "en" : "zh-CN")
                .extract()
                .asByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
