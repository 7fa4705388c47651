package org.tongban.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a webhook URL may be sent to, by {@link WebhookAddressPolicy}: when it is
 * subscribed and again before every delivery, because what a name resolves to can change. The
 * answer carries the one checked address to connect to, so the request cannot go anywhere a second
 * lookup would lead.
 */
@ApplicationScoped
public class WebhookTargets {

    /** A receiver that may be sent to: the URL's parts and the checked address to connect to. */
    public record Target(String host, int port, boolean tls, String requestUri, InetAddress address) {}

    /** Why a receiver is refused, as a code and a sentence (never an exception's text). */
    public static final class Refused extends Exception {

        private final String code;

        Refused(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    static final String UNRESOLVABLE = "unresolvable-host";

    private final HostResolver resolver;
    private final WebhookAddressPolicy policy;

    @Inject
    public WebhookTargets(HostResolver resolver, OutboxConfig config) {
        this.resolver = resolver;
        var webhooks = config.webhooks();
        this.policy = new WebhookAddressPolicy(
                webhooks.allowPlainHttp(),
                webhooks.allowPublicAddresses(),
                webhooks.internalNetworks().orElse(List.of()).stream()
                        .map(NetworkRange::parse)
                        .toList());
    }

    /** The target to connect to, when the URL and every address its host resolves to are acceptable. */
    public Target check(String url) throws Refused {
        Optional<WebhookAddressPolicy.Refusal> urlRefusal = policy.urlRefusal(url);
        if (urlRefusal.isPresent()) {
            throw refused(urlRefusal.get());
        }
        URI uri = URI.create(url);
        String host = uri.getHost().startsWith("[")
                ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused(UNRESOLVABLE, "the host name does not resolve");
        }
        if (addresses.isEmpty()) {
            throw new Refused(UNRESOLVABLE, "the host name does not resolve");
        }
        Optional<WebhookAddressPolicy.Refusal> addressRefusal = policy.addressesRefusal(addresses);
        if (addressRefusal.isPresent()) {
            throw refused(addressRefusal.get());
        }
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String requestUri = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Target(host, port, tls, requestUri, addresses.get(0));
    }

    private static Refused refused(WebhookAddressPolicy.Refusal refusal) {
        return new Refused(refusal.code(), refusal.message());
    }
}
