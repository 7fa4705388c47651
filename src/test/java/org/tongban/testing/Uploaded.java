package org.tongban.testing;

import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;

/** Files uploaded as a demo user, to hand in as materials (a FILE: reference must be the caller's own upload). */
public final class Uploaded {

    /** The smallest thing that is a PDF by its magic bytes. */
    public static final byte[] PDF =
            "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Uploaded() {}

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
