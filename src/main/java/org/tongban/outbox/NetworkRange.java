package org.tongban.outbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An IPv4 or IPv6 network in CIDR notation ({@code 10.20.0.0/16}, {@code fc00::/7}). Immutable. */
public final class NetworkRange {

    /** Only numeric addresses: parsing a range must never look a name up. */
    private static final Pattern NUMERIC = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final byte[] network;
    private final int prefixLength;
    private final String text;

    private NetworkRange(byte[] network, int prefixLength, String text) {
        if (prefixLength < 0 || prefixLength > network.length * 8) {
            throw new IllegalArgumentException("prefix /" + prefixLength + " does not fit the address: " + text);
        }
        this.network = network;
        this.prefixLength = prefixLength;
        this.text = text;
    }

    /** Parses {@code address/prefix}; a bare address is a single-host range. */
    public static NetworkRange parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        if (!NUMERIC.matcher(address).matches()) {
            throw new IllegalArgumentException("not a numeric network address: " + cidr);
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (address.contains(":") && bytes.length == 4) {
                bytes = mapped(bytes); // Java reads ::ffff:a.b.c.d as IPv4; the range is written in IPv6
            }
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(text.substring(slash + 1));
            return new NetworkRange(bytes, prefix, text);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a network in CIDR notation: " + cidr, e);
        }
    }

    private static byte[] mapped(byte[] ipv4) {
        byte[] ipv6 = new byte[16];
        ipv6[10] = (byte) 0xFF;
        ipv6[11] = (byte) 0xFF;
        System.arraycopy(ipv4, 0, ipv6, 12, 4);
        return ipv6;
    }

    /** Whether the address (of the same family) lies in this network. */
    public boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[whole] & mask) == (network[whole] & mask);
    }

    @Override
    public String toString() {
        return text;
    }
}
