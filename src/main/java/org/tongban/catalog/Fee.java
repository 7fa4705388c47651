package org.tongban.catalog;

import java.math.BigDecimal;
import java.util.List;
import org.tongban.common.LocalizedText;

/** 收费: whether the item is charged, on what basis, and for what. */
public record Fee(boolean charged, LocalizedText basis, List<Item> items) {

    public record Item(LocalizedText name, BigDecimal amountYuan) {}
}
