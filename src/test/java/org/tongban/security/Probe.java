package org.tongban.security;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongban.security.ContractOperations.Operation;
import org.tongban.testing.Uploaded;

/**
 * The request a sweep sends to an operation: path values naming the fixtures, the query a client
 * would send, headers and a body. A probe never changes what another caller's probe finds: actions
 * and steps are ones the case's state refuses (409), admin writes are refused on their merits (422),
 * so every caller meets the same fixtures.
 */
record Probe(Map<String, Object> path, Map<String, Object> query, Map<String, String> headers, Object body) {

    Response send(RequestSpecification request, Operation operation) {
        request.pathParams(path).queryParams(query).headers(headers);
        if (operation.spec().at("/requestBody/content").has("multipart/form-data")) {
            return request.multiPart("file", "scan.pdf", Uploaded.PDF, "application/pdf")
                    .request(operation.method(), operation.path());
        }
        if (body != null) {
            request.body(body);
        }
        if (body != null || operation.method().equals("POST")) {
            // RestAssured would label even an empty POST text/plain, which the API refuses (415)
            request.contentType(ContentType.JSON);
        }
        return request.request(operation.method(), operation.path());
    }

    Probe withBody(Object replaced) {
        return new Probe(path, query, headers, replaced);
    }

    Probe withPath(String name, Object value) {
        return new Probe(with(path, name, value), query, headers, body);
    }

    Probe withQuery(String name, Object value) {
        return new Probe(path, with(query, name, value), headers, body);
    }

    Probe withHeader(String name, String value) {
        return new Probe(path, query, with(headers, name, value), body);
    }

    private static <V> Map<String, V> with(Map<String, V> map, String name, V value) {
        var changed = new LinkedHashMap<>(map);
        changed.put(name, value);
        return changed;
    }
}
