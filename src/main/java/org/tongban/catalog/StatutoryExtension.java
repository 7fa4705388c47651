package org.tongban.catalog;

import jakarta.validation.constraints.Size;

/**
 * How far the statutory limit may be extended, once, with the approval of the agency's head
 * (Administrative Licensing Law Art. 42). Most items have no entry and get {@link #DEFAULT}: ten
 * working days under Art. 42 para. 1. An item handled jointly or centrally by several departments
 * names its own (Art. 42 para. 2: fifteen, approved by the head of the people's government), as may
 * an item whose own law sets another period.
 *
 * @param workingDays the most the extension may add (Art. 82: working days)
 * @param legalBasis the provision that allows it, told to the applicant with the extension
 */
public record StatutoryExtension(
        Integer workingDays, @Size(max = 200) String legalBasis) {

    public static final StatutoryExtension DEFAULT = new StatutoryExtension(10, "《中华人民共和国行政许可法》第四十二条第一款");
}
