package org.tongban.catalog;

/** Kinds of service point; an item version says which kinds may handle it. */
public enum PointType {
    /** 市行政服务中心 */
    CITY_CENTRE,
    /** 区行政服务中心 */
    DISTRICT_CENTRE,
    /** 镇（街）便民服务中心 */
    STREET_CENTRE,
    /** A department's own office, e.g. the GJJ Tong'an office (同安工作部). */
    DEPARTMENT_OFFICE,
    POST_OFFICE,
    BANK,
    NOTARY,
    /** 24-hour e-government kiosk (e政务便民服务站): receives and forwards, handles nothing itself. */
    KIOSK;

    /** Partner outlets and kiosks receive and forward; they are not administrative organs and never decide. */
    public boolean receivesOnly() {
        return this == POST_OFFICE || this == BANK || this == NOTARY || this == KIOSK;
    }
}
