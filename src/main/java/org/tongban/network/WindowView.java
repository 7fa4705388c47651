package org.tongban.network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import org.tongban.common.LocalizedText;

/**
 * A window as seeds, administrators and readers see it: which items it accepts and whether it is
 * open — nothing about how an item is handled.
 */
public record WindowView(
        @NotBlank @Pattern(regexp = "[a-z0-9-]{3,80}") String code,
        @NotNull @Valid LocalizedText name,
        boolean open,
        @NotNull Set<@Pattern(regexp = "[a-z0-9-]{3,80}") String> items,
        @NotNull Set<@Pattern(regexp = "[a-z0-9-]{2,60}") String> categories) {

    public boolean accepts(String itemCode, String itemCategory) {
        return items.contains(itemCode) || categories.contains(itemCategory);
    }

    static WindowView of(ServiceWindow w) {
        return new WindowView(
                w.code, new LocalizedText(w.nameZh, w.nameEn), w.open, Set.copyOf(w.items), Set.copyOf(w.categories));
    }

    static List<WindowView> of(List<ServiceWindow> windows) {
        return windows.stream().map(WindowView::of).toList();
    }
}
