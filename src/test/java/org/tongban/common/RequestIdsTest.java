package org.tongban.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aCallersIdIsKeptOnlyWhenItIsSafeInALogLineAndTheEventColumn() {
        assertThat(RequestIds.accept("0af7651916cd43dd8448eb211c80319c")).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(RequestIds.accept("kiosk-7.request:42")).isEqualTo("kiosk-7.request:42");
        assertThat(RequestIds.accept("with space")).isNotEqualTo("with space");
        assertThat(RequestIds.accept("a\"quote")).isNotEqualTo("a\"quote");
        assertThat(RequestIds.accept("x".repeat(65))).hasSize(36);
        assertThat(RequestIds.accept(null)).hasSize(36);
    }
}
