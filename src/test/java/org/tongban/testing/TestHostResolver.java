package org.tongban.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tongban.outbox.HostResolver;

/**
 * Name lookups during tests: names a test sets answer what it says (and can change, as DNS can);
 * every other name is unknown, so no test ever asks a real DNS server or reaches beyond loopback.
 * Numeric addresses are taken as they are.
 */
@Alternative
@Priority(1)
@Singleton
public class TestHostResolver implements HostResolver {

    private final Map<String, List<InetAddress>> names = new ConcurrentHashMap<>();

    /** From now on {@code name} resolves to these numeric addresses. */
    public void answer(String name, String... addresses) {
        names.put(
                name,
                java.util.Arrays.stream(addresses)
                        .map(TestHostResolver::numeric)
                        .toList());
    }

    public void forget(String name) {
        names.remove(name);
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        List<InetAddress> known = names.get(host);
        if (known != null) {
            return known;
        }
        if (host.matches("[0-9.]+|.*:.*")) {
            return List.of(numeric(host));
        }
        throw new UnknownHostException(host);
    }

    private static InetAddress numeric(String address) {
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
