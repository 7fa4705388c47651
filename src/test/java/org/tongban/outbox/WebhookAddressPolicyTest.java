package org.tongban.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which receivers a webhook may go to: every special-purpose range refused, embedded IPv4 seen through. */
class WebhookAddressPolicyTest {

    static final WebhookAddressPolicy PRODUCTION = new WebhookAddressPolicy(false, true, List.of());
    static final WebhookAddressPolicy CITY = new WebhookAddressPolicy(
            false, true, List.of(NetworkRange.parse("10.20.0.0/16"), NetworkRange.parse("fd00:20::/32")));
    static final WebhookAddressPolicy TESTS =
            new WebhookAddressPolicy(true, false, List.of(NetworkRange.parse("127.0.0.1")));

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "127.0.0.1, loopback-address",
        "127.255.0.9, loopback-address",
        "::1, loopback-address",
        "0.0.0.0, reserved-address",
        "::, reserved-address",
        "10.0.0.1, private-address",
        "172.16.5.4, private-address",
        "172.31.255.255, private-address",
        "192.168.1.1, private-address",
        "100.64.0.1, private-address",
        "fc00::1, private-address",
        "fd12:3456::1, private-address",
        "fec0::1, private-address",
        "169.254.169.254, link-local-address",
        "fe80::1, link-local-address",
        "224.0.0.1, multicast-address",
        "239.255.255.250, multicast-address",
        "ff02::1, multicast-address",
        "255.255.255.255, reserved-address",
        "240.0.0.1, reserved-address",
        "192.0.2.10, reserved-address",
        "198.18.0.1, reserved-address",
        "203.0.113.7, reserved-address",
        "2001:db8::1, reserved-address",
        "2001:0:4136:e378::1, reserved-address", // Teredo
        "100::1, reserved-address",
        // IPv4 inside IPv6: mapped, compatible, NAT64 and 6to4 are judged by the IPv4 address they carry
        "::ffff:127.0.0.1, loopback-address",
        "::ffff:169.254.169.254, link-local-address",
        "::ffff:10.1.2.3, private-address",
        "::127.0.0.1, reserved-address",
        "64:ff9b::a9fe:a9fe, link-local-address",
        "64:ff9b::7f00:1, loopback-address",
        "2002:a00:1::1, private-address",
        "2002:7f00:1::1, loopback-address",
    })
    void specialPurposeAddressesAreRefused(String address, String code) throws Exception {
        assertThat(PRODUCTION.addressRefusal(InetAddress.getByName(address)))
                .map(WebhookAddressPolicy.Refusal::code)
                .contains(code);
    }

    @ParameterizedTest
    @CsvSource({"93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "64:ff9b::5db8:d70e", "2002:5db8:d70e::1"})
    void publicAddressesAreAccepted(String address) throws Exception {
        assertThat(PRODUCTION.addressRefusal(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void theCitysInternalNetworksAreAcceptedAndNothingElseThatIsPrivate() throws Exception {
        assertThat(CITY.addressRefusal(InetAddress.getByName("10.20.3.4"))).isEmpty();
        assertThat(CITY.addressRefusal(InetAddress.getByName("::ffff:10.20.3.4")))
                .isEmpty();
        assertThat(CITY.addressRefusal(InetAddress.getByName("fd00:20::7"))).isEmpty();
        assertThat(CITY.addressRefusal(InetAddress.getByName("10.21.0.1")))
                .contains(WebhookAddressPolicy.Refusal.PRIVATE);
        assertThat(CITY.addressRefusal(InetAddress.getByName("127.0.0.1")))
                .contains(WebhookAddressPolicy.Refusal.LOOPBACK);
    }

    @Test
    void everyAddressOfAHostMustBeAcceptable() throws Exception {
        var publicAndPrivate = List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.8"));
        assertThat(PRODUCTION.addressesRefusal(publicAndPrivate)).contains(WebhookAddressPolicy.Refusal.PRIVATE);
    }

    @Test
    void testsReachOnlyTheirLoopbackReceiver() throws Exception {
        assertThat(TESTS.addressRefusal(InetAddress.getByName("127.0.0.1"))).isEmpty();
        assertThat(TESTS.addressRefusal(InetAddress.getByName("127.0.0.2")))
                .contains(WebhookAddressPolicy.Refusal.LOOPBACK);
        assertThat(TESTS.addressRefusal(InetAddress.getByName("93.184.215.14")))
                .contains(WebhookAddressPolicy.Refusal.PUBLIC_NOT_ALLOWED);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "http://hooks.example.org/in, not-https",
        "ftp://hooks.example.org/in, not-a-url",
        "hooks.example.org/in, not-a-url",
        "https://user:secret@hooks.example.org/in, credentials-in-url",
        "https://token@hooks.example.org/in, credentials-in-url",
        "https:///in, not-a-url",
        "https://hooks.example.org/in#part, not-a-url",
        "'https://hooks.example.org/in path', not-a-url",
    })
    void urlsThatAreRefusedBeforeAnyLookup(String url, String code) {
        assertThat(PRODUCTION.urlRefusal(url))
                .map(WebhookAddressPolicy.Refusal::code)
                .contains(code);
    }

    @Test
    void plainHttpOnlyWhereConfigured() {
        assertThat(PRODUCTION.urlRefusal("https://hooks.example.org/in?x=1")).isEmpty();
        assertThat(TESTS.urlRefusal("http://127.0.0.1:8089/hook")).isEmpty();
        assertThat(PRODUCTION.urlRefusal("HTTPS://hooks.example.org/in")).isEqualTo(Optional.empty());
    }

    @Test
    void internalNetworksMustBeNumeric() {
        assertThatThrownBy(() -> NetworkRange.parse("intranet.example/24"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetworkRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThat(NetworkRange.parse("10.20.0.0/16").contains(new byte[] {10, 20, (byte) 200, 1}))
                .isTrue();
    }
}
