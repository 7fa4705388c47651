package org.tongban.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.tongban.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tongban.testing.Api;
import org.tongban.testing.ContractValidation;
import org.tongban.testing.TestClock;
import org.tongban.testing.Uploaded;

/** Material files: uploaded, checked by their content, handed in once by their uploader, read within the case's scope. */
@QuarkusTest
class FilesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Inject
    TestClock clock;

    @Inject
    UploadExpiryJob expiry;

    @Inject
    FilesConfig config;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theKindIsReadFromTheContentNotFromTheNameOrDeclaredType() throws Exception {
        as("citizen-chen")
                .multiPart("file", "scan.pdf", PNG, "application/pdf")
                .post("/api/v1/files")
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("image/png"))
                .body("size", equalTo(PNG.length))
                .body(
                        "sha256",
                        equalTo(HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(PNG))))
                .body("reference", startsWith("FILE:"))
                .body("expiresAt", equalTo("2026-03-03T01:30:00Z"));
        as("clerk-haicang")
                .multiPart("file", "licence.zip", ofd(true), "application/zip")
                .post("/api/v1/files")
                .then()
                .statusCode(201)
                .body("mediaType", equalTo("application/ofd"));
    }

    @Test
    void anythingElseIsAProblemAndLeavesNothingBehind() throws IOException {
        long stored = storedObjects();
        refused(ofd(false), 415, "unsupported-file-type");
        refused("MZ\u0090\u0000 not a document".getBytes(), 415, "unsupported-file-type");
        byte[] large = new byte[(int) config.maxSize().asLongValue() + 1];
        System.arraycopy(Uploaded.PDF, 0, large, 0, Uploaded.PDF.length);
        refused(large, 413, "file-too-large");
        refused(new byte[0], 422, "empty-file");
        as("citizen-chen")
                .filter(ContractValidation.requestBreaksIt("no part named file: proves the 400"))
                .multiPart("other", "x.pdf", Uploaded.PDF, "application/pdf")
                .post("/api/v1/files")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertThat(storedObjects()).isEqualTo(stored);
    }

    @Test
    void handedInFilesAreReadExactlyByThoseWhoMayReadTheCase() {
        var body = Api.plantRebuild("350205");
        String reference = reference(body, "site-plan");
        String number = Api.submit("citizen-chen", body);
        String path = "/api/v1/applications/" + number + "/files/" + reference.substring("FILE:".length());
        for (String reader : List.of("citizen-chen", "clerk-haicang", "reviewer-planning", "supervisor-city")) {
            byte[] content = as(reader)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("application/pdf")
                    .header("Content-Disposition", startsWith("attachment; filename=\"site-plan-"))
                    .extract()
                    .asByteArray();
            assertThat(content).as(reader).isEqualTo(Uploaded.PDF);
        }
        for (String outsider : List.of("citizen-lin", "clerk-siming", "reviewer-planning-ftz", "reviewer-gjj")) {
            as(outsider).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        String notHandedIn = Uploaded.pdf("citizen-chen").substring("FILE:".length());
        as("citizen-chen")
                .get("/api/v1/applications/" + number + "/files/" + notHandedIn)
                .then()
                .statusCode(404);
    }

    @Test
    void aFileIsHandedInOnlyByItsUploaderAndOnlyOnce() {
        var body = Api.plantRebuild("350205");
        String chens = reference(body, "site-plan");
        var byClerk = Api.plantRebuild("350205", "clerk-haicang");
        byClerk.put("channel", "WINDOW");
        byClerk.put("agent", Map.of("name", "经办人", "idNumber", Api.CHEN_ID));
        replace(byClerk, "site-plan", chens);
        submit("clerk-haicang", byClerk)
                .statusCode(422)
                .body("errors.field", hasItem("materials[1].reference"))
                .body("errors.code", hasItem("unknown-file"))
                .body("errors.message", hasItem(startsWith("site-plan: you have no upload " + chens)));

        Api.submit("citizen-chen", body);
        var again = Api.plantRebuild("350205");
        replace(again, "site-plan", chens);
        replace(again, "demolition-plan", reference(again, "application-letter"));
        submit("citizen-chen", again)
                .statusCode(422)
                .body("errors.code", hasItem("file-already-attached"))
                .body("errors.code", hasItem("file-used-twice"));
    }

    @Test
    void aSupplementHandsInItsFilesWithTheCase() {
        String number = Api.submit("citizen-chen", Api.rentWithdrawal(2500));
        Api.act(
                        "clerk-haicang",
                        number,
                        Map.of(
                                "action",
                                "REQUEST_SUPPLEMENT",
                                "missing",
                                List.of(Map.of("target", "materials.rental-contract", "problem", "请补充房屋租赁合同"))))
                .statusCode(200);
        String linsFile = Uploaded.pdf("citizen-lin");
        Api.act("citizen-chen", number, supplement(linsFile))
                .statusCode(422)
                .body("errors.field", hasItem("materials[0].reference"))
                .body("errors.code", hasItem("unknown-file"));
        String file = Uploaded.pdf("citizen-chen");
        Api.act("citizen-chen", number, supplement(file)).statusCode(200);
        as("clerk-haicang")
                .get("/api/v1/applications/" + number + "/files/" + file.substring("FILE:".length()))
                .then()
                .statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"rental-contract-"));
    }

    @Test
    void uploadsNobodyHandsInExpireAndHandedInOnesStay() throws IOException {
        String unattached = Uploaded.pdf("citizen-chen");
        var body = Api.plantRebuild("350205");
        String number = Api.submit("citizen-chen", body);
        long stored = storedObjects();
        clock.advance(config.unattachedFor().plus(Duration.ofMinutes(1)));
        assertThat(expiry.run()).isGreaterThanOrEqualTo(1);
        assertThat(storedObjects()).isLessThan(stored);
        var late = Api.plantRebuild("350205");
        replace(late, "site-plan", unattached);
        submit("citizen-chen", late).statusCode(422).body("errors.code", hasItem("unknown-file"));
        String handedIn = reference(body, "application-letter").substring("FILE:".length());
        as("citizen-chen")
                .get("/api/v1/applications/" + number + "/files/" + handedIn)
                .then()
                .statusCode(200);
    }

    private static void refused(byte[] content, int status, String code) {
        as("citizen-chen")
                .multiPart("file", "upload.pdf", content, "application/pdf")
                .post("/api/v1/files")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].code", equalTo(code));
    }

    private static io.restassured.response.ValidatableResponse submit(String user, Map<String, Object> body) {
        return as(user).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/applications")
                .then();
    }

    private static Map<String, Object> supplement(String reference) {
        return Map.of(
                "action",
                "SUPPLEMENT",
                "materials",
                List.of(Map.of("code", "rental-contract", "reference", reference)));
    }

    @SuppressWarnings("unchecked")
    private static String reference(Map<String, Object> body, String code) {
        return ((List<Map<String, String>>) body.get("materials"))
                .stream()
                        .filter(m -> m.get("code").equals(code))
                        .findFirst()
                        .orElseThrow()
                        .get("reference");
    }

    @SuppressWarnings("unchecked")
    private static void replace(Map<String, Object> body, String code, String reference) {
        var materials = new ArrayList<Map<String, String>>();
        for (Map<String, String> m : (List<Map<String, String>>) body.get("materials")) {
            materials.add(m.get("code").equals(code) ? Map.of("code", code, "reference", reference) : m);
        }
        body.put("materials", materials);
    }

    private long storedObjects() throws IOException {
        try (Stream<Path> files = Files.walk(config.directory())) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    /** A zip, with or without the root entry OFD.xml that makes it an OFD document. */
    static byte[] ofd(boolean withRoot) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(withRoot ? "OFD.xml" : "word/document.xml"));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes());
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
