package org.tongban.catalog;

import java.util.Arrays;
import java.util.List;
import org.tongban.common.LocalizedText;

/** One line of the catalogue list: what a citizen needs to pick an item. */
public record ItemSummary(
        String code,
        LocalizedText name,
        String department,
        String category,
        String itemType,
        int version,
        HandlingType handlingType,
        Limit promisedLimit,
        Limit statutoryLimit,
        List<String> channels,
        ItemScope scope,
        int maxVisits,
        OnlineLevel onlineLevel,
        boolean instantApproval) {

    static ItemSummary of(ServiceItem item, ItemVersion version) {
        return new ItemSummary(
                item.code,
                new LocalizedText(item.nameZh, item.nameEn),
                item.department,
                item.category,
                item.itemType,
                version.versionNo,
                version.handlingType,
                new Limit(version.promisedDays, version.promisedUnit),
                new Limit(version.statutoryDays, version.statutoryUnit),
                Arrays.stream(version.channels.split(","))
                        .filter(c -> !c.isEmpty())
                        .toList(),
                version.scope,
                version.maxVisits,
                version.onlineLevel,
                version.instantApproval);
    }
}
