package org.tongban.common;

import jakarta.validation.constraints.NotBlank;

/** Text for people, in Chinese (authoritative) and English. */
public record LocalizedText(@NotBlank String zh, @NotBlank String en) {}
