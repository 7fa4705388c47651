package org.tongban.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Files uploaded as a demo user, to hand in as materials (a FILE: reference must be the caller's own upload). */
public final class Uploaded {

    /** The smallest thing that is a PDF by its magic bytes. */
    public static final byte[] PDF =
            "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Uploaded() {}

    /**
     * The body with its id-card material handed in as a scan the submitting clerk or kiosk uploads
     * first: for applicants the demo e-licence library does not know, whose E-LICENCE reference is
     * refused.
     */
    public static Map<String, Object> withScannedIdCard(Map<String, Object> body, String submitterToken) {
        @SuppressWarnings("unchecked")
        var materials = ((List<Map<String, String>>) body.get("materials"))
                .stream()
                        .map(m -> m.get("code").equals("id-card")
                                ? Map.of(
                                        "code",
                                        "id-card",
                                        "reference",
                                        pdf(given().auth().oauth2(submitterToken)))
                                : m)
                        .toList();
        body.put("materials", materials);
        return body;
    }

    /** Uploads a small PDF as the demo user and returns the FILE:&lt;id&gt; reference to hand it in with. */
    public static String pdf(String user) {
        return pdf(Api.as(user));
    }

    /** The same, for a caller already set up (a token of any client). */
    public static String pdf(RequestSpecification caller) {
        return caller.multiPart("file", "scan.pdf", PDF, "application/pdf")
                .post("/api/v1/files")
                .then()
                .statusCode(201)
                .extract()
                .path("reference");
    }
}
