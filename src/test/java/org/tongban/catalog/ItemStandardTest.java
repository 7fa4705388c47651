package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.catalog.CatalogFixtures.sampleVersion;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ItemStandardTest {

    @Test
    void inForceFromValidFromToValidToInclusive() {
        var version = sampleVersion(); // 2025-01-01 .. 2025-12-31
        assertThat(version.inForceOn(LocalDate.parse("2024-12-31"))).isFalse();
        assertThat(version.inForceOn(LocalDate.parse("2025-01-01"))).isTrue();
        assertThat(version.inForceOn(LocalDate.parse("2025-12-31"))).isTrue();
        assertThat(version.inForceOn(LocalDate.parse("2026-01-01"))).isFalse();
    }

    @Test
    void anOpenEndedVersionStaysInForce() {
        var version = sampleVersion(v -> v.putNull("validTo"));
        assertThat(version.inForceOn(LocalDate.parse("2099-01-01"))).isTrue();
    }

    @Test
    void handlingFormCodesOfGbt39046() {
        assertThat(Channel.WINDOW.handlingFormCode()).isEqualTo("1");
        assertThat(Channel.WEB.handlingFormCode()).isEqualTo("2");
        assertThat(Channel.MOBILE.handlingFormCode()).isEqualTo("3");
        assertThat(Channel.POST.handlingFormCode()).isEqualTo("4");
        assertThat(Channel.KIOSK.handlingFormCode()).isEqualTo("9");
        assertThat(Channel.NOTARY.handlingFormCode()).isEqualTo("9");
    }
}
