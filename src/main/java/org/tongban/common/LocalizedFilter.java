package org.tongban.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * {@code Content-Language} and {@code Vary: Accept-Language} on every answer of a {@link Localized}
 * operation. An answer that already says its language keeps it: a notice's PDF is in the language it
 * was issued in, and a problem says its own.
 */
@Provider
@Localized
public class LocalizedFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            return;
        }
        Locale language = Messages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, Messages.tag(language));
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
    }
}
