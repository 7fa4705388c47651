package org.tongban.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Catalogue reads that apps and kiosks may cache: a strong ETag over the exact body, a short
 * public max-age, and 304 when the client already has it.
 */
@ApplicationScoped
public class HttpCaching {

    private static final int MAX_AGE_SECONDS = 300;

    @Inject
    ObjectMapper json;

    /** A response body rendered once, with its ETag: answering from it touches nothing else. */
    public record Body(byte[] bytes, EntityTag tag) {}

    public Response cacheable(Request request, Object entity) {
        return cacheable(request, body(entity));
    }

    public Body body(Object entity) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response is not serialisable", e);
        }
        return new Body(body, new EntityTag(digest(body)));
    }

    public Response cacheable(Request request, Body body) {
        var tag = body.tag();
        var cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setPrivate(false);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(body.bytes(), MediaType.APPLICATION_JSON_TYPE)
                .tag(tag)
                .cacheControl(cache)
                .build();
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
