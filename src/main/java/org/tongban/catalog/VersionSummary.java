package org.tongban.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;

public record VersionSummary(
        int number, VersionStatus status, LocalDate validFrom, LocalDate validTo, LocalDateTime publishedAt) {

    static VersionSummary of(ItemVersion v) {
        return new VersionSummary(v.versionNo, v.status, v.validFrom, v.validTo, v.publishedAt);
    }
}
