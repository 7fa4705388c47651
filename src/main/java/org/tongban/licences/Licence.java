package org.tongban.licences;

import java.time.LocalDate;

/**
 * One licence as the library holds it.
 *
 * @param holder the holder's resident ID number, or an organisation's unified social credit code
 * @param issuer the body that issued it (发证机关)
 * @param district for a household register: the district where the household is registered; else null
 */
public record Licence(
        LicenceType type,
        String number,
        String holder,
        String holderName,
        String issuer,
        LocalDate issuedOn,
        String district) {

    public LicenceReference reference() {
        return new LicenceReference(type, number);
    }

    public boolean heldBy(String candidate) {
        return holder.equals(candidate);
    }
}
