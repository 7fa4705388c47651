package org.tongban.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tongban.identity.Role;

/** Whom a request is counted against: a client address, a person's account, or a device. */
public sealed interface Requester {

    /** The part of the Redis key that names this requester. */
    String key();

    /** No token: the client's address, an IPv6 client by its /64 (one subscriber's whole network). */
    record Anonymous(String network) implements Requester {
        @Override
        public String key() {
            return "ip:" + network;
        }
    }

    /** A person signed in (citizen or staff), by the account's subject. */
    record Person(String subject) implements Requester {
        @Override
        public String key() {
            return "user:" + subject;
        }
    }

    /** A kiosk or partner outlet, one Keycloak client each, acting for whoever stands before it. */
    record Device(String client) implements Requester {
        @Override
        public String key() {
            return "device:" + client;
        }
    }

    /**
     * The verified identity decides; a kiosk is known by its role and named by its client
     * ({@code azp}), so every token the device obtains counts against the same quota.
     */
    static Requester of(SecurityIdentity identity, String remoteAddress) {
        if (identity == null || identity.isAnonymous()) {
            return new Anonymous(network(remoteAddress));
        }
        String subject = identity.getPrincipal().getName();
        String client = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            subject = token.getSubject() == null ? subject : token.getSubject();
            client = token.getClaim("azp");
        }
        if (identity.hasRole(Role.KIOSK)) {
            return new Device(client == null ? subject : client);
        }
        return new Person(subject);
    }

    /**
     * An IPv4 address as it is; an IPv6 address cut to its /64, since one subscriber is handed a
     * whole /64 and could otherwise take a fresh address for every request.
     */
    static String network(String address) {
        if (address == null || !address.contains(":")) {
            return address;
        }
        try {
            // A string with a colon is read as an IPv6 literal: no name is ever looked up.
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress(); // an IPv4 address carried in IPv6 (::ffff:a.b.c.d)
            }
            byte[] prefix = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(prefix, 8, 16, (byte) 0);
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
