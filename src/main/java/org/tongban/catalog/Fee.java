package org.tongban.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.tongban.common.LocalizedText;

/** 收费: whether the item is charged, on what basis, and for what. */
public record Fee(
        boolean charged,
        @Valid LocalizedText basis,
        @Size(max = 20) List<@Valid Item> items) {

    public record Item(@Valid LocalizedText name, BigDecimal amountYuan) {}
}
