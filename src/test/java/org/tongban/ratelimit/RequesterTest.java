package org.tongban.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class RequesterTest {

    @Test
    void withoutATokenTheAddressCounts() {
        assertThat(Requester.of(null, "203.0.113.7")).isEqualTo(new Requester.Anonymous("203.0.113.7"));
        var anonymous = QuarkusSecurityIdentity.builder().setAnonymous(true).build();
        assertThat(Requester.of(anonymous, "203.0.113.7")).isEqualTo(new Requester.Anonymous("203.0.113.7"));
    }

    @Test
    void aPersonCountsByTheirAccountWhicheverAppTheyUse() {
        var chen = identity("5f1c-chen", "tongban-app", "citizen");
        var chenAtTheClerksApp = identity("5f1c-chen", "tongban-clerk", "citizen");
        assertThat(Requester.of(chen, "203.0.113.7")).isEqualTo(new Requester.Person("5f1c-chen"));
        assertThat(Requester.of(chenAtTheClerksApp, "198.51.100.1")).isEqualTo(Requester.of(chen, "203.0.113.7"));
        assertThat(Requester.of(identity("9a0b-clerk", "tongban-clerk", "clerk"), "203.0.113.7"))
                .isEqualTo(new Requester.Person("9a0b-clerk"));
    }

    @Test
    void aKioskCountsAsItsDeviceWhateverAddressItComesFrom() {
        var kiosk = identity("service-account-uuid", "kiosk-demo-01", "kiosk");
        assertThat(Requester.of(kiosk, "10.1.2.3")).isEqualTo(new Requester.Device("kiosk-demo-01"));
        assertThat(Requester.of(kiosk, "10.1.2.3").key()).isEqualTo("device:kiosk-demo-01");
    }

    @Test
    void anIpv6ClientCountsByItsWholeSlash64() {
        assertThat(Requester.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
                .isEqualTo(Requester.network("2001:db8:1:2::1"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(Requester.network("2001:db8:1:3::1")).isNotEqualTo(Requester.network("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4AddressCountsAsItIsEvenWhenCarriedInIpv6() {
        assertThat(Requester.network("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(Requester.network("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(new Requester.Anonymous(Requester.network("203.0.113.7")).key())
                .isEqualTo("ip:203.0.113.7");
    }

    private static QuarkusSecurityIdentity identity(String subject, String client, String role) {
        var claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setClaim("azp", client);
        claims.setClaim("preferred_username", role + "-user");
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .addRole(role)
                .build();
    }
}
