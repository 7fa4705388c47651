package org.tongban.common;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Text for people, in Chinese (authoritative) and English. */
public record LocalizedText(
        @NotBlank @Size(max = 200) String zh,
        @NotBlank @Size(max = 300) String en) {}
