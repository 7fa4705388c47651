package org.tongban.identity;

/** Mobile numbers are personal data: shown to others as 139****5678 and logged only so. */
public final class PhoneNumbers {

    private PhoneNumbers() {}

    public static String mask(String phone) {
        return phone == null || phone.length() < 11 ? "***" : phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
