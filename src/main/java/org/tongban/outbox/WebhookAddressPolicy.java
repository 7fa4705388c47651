package org.tongban.outbox;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go, so that a subscription cannot turn the service into a door into its own
 * network (SSRF). A URL must be https (plain http only where configured, for local tests), without
 * credentials or fragment; every address its host resolves to must be a public unicast address,
 * or lie in one of the city's configured internal networks. Loopback, link-local, private,
 * shared, multicast, documentation and otherwise reserved ranges are refused, in IPv4 and IPv6,
 * and so is an IPv4 address embedded in IPv6 (mapped, compatible, NAT64, 6to4) when the embedded
 * address is. Pure and thread-safe.
 */
public final class WebhookAddressPolicy {

    /** Why an address or URL is refused; {@link #code()} is what the API and the delivery list show. */
    public enum Refusal {
        NOT_HTTPS("not-https", "an https:// URL is required"),
        NOT_A_URL("not-a-url", "an absolute https:// URL with a host is required"),
        CREDENTIALS_IN_URL("credentials-in-url", "the URL must not carry a user name or password"),
        LOOPBACK("loopback-address", "resolves to a loopback address"),
        LINK_LOCAL("link-local-address", "resolves to a link-local address"),
        PRIVATE("private-address", "resolves to a private or internal address"),
        MULTICAST("multicast-address", "resolves to a multicast address"),
        RESERVED("reserved-address", "resolves to a reserved or special-purpose address"),
        PUBLIC_NOT_ALLOWED("public-address-not-allowed", "public receivers are not allowed in this deployment");

        private final String code;
        private final String message;

        Refusal(String code, String message) {
            this.code = code;
            this.message = message;
        }

        public String code() {
            return code;
        }

        public String message() {
            return message;
        }
    }

    private record Special(NetworkRange range, Refusal refusal) {}

    /** IANA's special-purpose registries (RFC 6890 and successors), the parts a receiver must not be in. */
    private static final List<Special> SPECIAL = List.of(
            special("0.0.0.0/8", Refusal.RESERVED),
            special("10.0.0.0/8", Refusal.PRIVATE),
            special("100.64.0.0/10", Refusal.PRIVATE), // carrier-grade NAT
            special("127.0.0.0/8", Refusal.LOOPBACK),
            special("169.254.0.0/16", Refusal.LINK_LOCAL), // includes cloud metadata 169.254.169.254
            special("172.16.0.0/12", Refusal.PRIVATE),
            special("192.0.0.0/24", Refusal.RESERVED),
            special("192.0.2.0/24", Refusal.RESERVED),
            special("192.88.99.0/24", Refusal.RESERVED),
            special("192.168.0.0/16", Refusal.PRIVATE),
            special("198.18.0.0/15", Refusal.RESERVED),
            special("198.51.100.0/24", Refusal.RESERVED),
            special("203.0.113.0/24", Refusal.RESERVED),
            special("224.0.0.0/4", Refusal.MULTICAST),
            special("240.0.0.0/4", Refusal.RESERVED), // includes 255.255.255.255
            special("::1/128", Refusal.LOOPBACK),
            special("::/96", Refusal.RESERVED), // unspecified and the deprecated IPv4-compatible form
            special("64:ff9b:1::/48", Refusal.PRIVATE), // local-use NAT64
            special("100::/64", Refusal.RESERVED),
            special("2001::/23", Refusal.RESERVED), // IETF protocol assignments, Teredo among them
            special("2001:db8::/32", Refusal.RESERVED),
            special("3fff::/20", Refusal.RESERVED),
            special("5f00::/16", Refusal.RESERVED),
            special("fc00::/7", Refusal.PRIVATE),
            special("fe80::/10", Refusal.LINK_LOCAL),
            special("fec0::/10", Refusal.PRIVATE),
            special("ff00::/8", Refusal.MULTICAST));

    private static final NetworkRange MAPPED = NetworkRange.parse("::ffff:0:0/96");
    private static final NetworkRange COMPATIBLE = NetworkRange.parse("::/96");
    private static final NetworkRange NAT64 = NetworkRange.parse("64:ff9b::/96");
    private static final NetworkRange SIX_TO_FOUR = NetworkRange.parse("2002::/16");

    private final boolean allowPlainHttp;
    private final boolean allowPublic;
    private final List<NetworkRange> internal;

    /**
     * @param allowPlainHttp accept http:// as well (local tests only)
     * @param allowPublic accept public addresses (off in tests, so nothing leaves the machine)
     * @param internal the city's internal receivers, accepted though private or loopback
     */
    public WebhookAddressPolicy(boolean allowPlainHttp, boolean allowPublic, List<NetworkRange> internal) {
        this.allowPlainHttp = allowPlainHttp;
        this.allowPublic = allowPublic;
        this.internal = List.copyOf(internal);
    }

    /** The URL as far as it can be judged without resolving its host. */
    public Optional<Refusal> urlRefusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(Refusal.NOT_A_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPlainHttp && scheme.equals("http"))) {
            return Optional.of(scheme.equals("http") ? Refusal.NOT_HTTPS : Refusal.NOT_A_URL);
        }
        if (uri.getRawUserInfo() != null
                || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return Optional.of(Refusal.CREDENTIALS_IN_URL);
        }
        if (uri.getHost() == null || uri.getRawFragment() != null) {
            return Optional.of(Refusal.NOT_A_URL);
        }
        return Optional.empty();
    }

    /** Why a receiver at this address is refused; empty when it may be sent to. */
    public Optional<Refusal> addressRefusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        byte[] embedded = embeddedIpv4(bytes);
        if (isInternal(bytes) || (embedded != null && isInternal(embedded))) {
            return Optional.empty();
        }
        Optional<Refusal> refusal = special(bytes);
        if (refusal.isEmpty() && embedded != null) {
            refusal = special(embedded);
        }
        if (refusal.isPresent()) {
            return refusal;
        }
        return allowPublic ? Optional.empty() : Optional.of(Refusal.PUBLIC_NOT_ALLOWED);
    }

    /** The first refusal among all the addresses a host resolves to; every one must be acceptable. */
    public Optional<Refusal> addressesRefusal(List<InetAddress> addresses) {
        return addresses.stream()
                .map(this::addressRefusal)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private boolean isInternal(byte[] address) {
        return internal.stream().anyMatch(range -> range.contains(address));
    }

    private static Optional<Refusal> special(byte[] address) {
        return SPECIAL.stream()
                .filter(s -> s.range().contains(address))
                .map(Special::refusal)
                .findFirst();
    }

    /** The IPv4 address an IPv6 address carries (mapped, compatible, NAT64 or 6to4), or null. */
    private static byte[] embeddedIpv4(byte[] address) {
        if (address.length != 16) {
            return null;
        }
        if (MAPPED.contains(address) || COMPATIBLE.contains(address) || NAT64.contains(address)) {
            return Arrays.copyOfRange(address, 12, 16);
        }
        if (SIX_TO_FOUR.contains(address)) {
            return Arrays.copyOfRange(address, 2, 6);
        }
        return null;
    }

    private static Special special(String cidr, Refusal refusal) {
        return new Special(NetworkRange.parse(cidr), refusal);
    }
}
