package org.tongban.licences;

/**
 * The kinds of electronic licence (电子证照) a material can be taken from. The code is what an
 * {@code E-LICENCE:<type>:<number>} reference and a material's {@code licence} in an item's standard
 * name; the national library's own catalogue codes are the production adapter's business.
 */
public enum LicenceType {
    /** 居民身份证: its number is the holder's resident ID number. */
    ID_CARD,
    /** 居民户口簿: says where the holder's household is registered (户籍所在地). */
    HOUSEHOLD_REGISTER,
    /** 结婚证 */
    MARRIAGE_CERTIFICATE,
    /** 不动产权证书: a home, or an organisation's land. */
    PROPERTY_CERTIFICATE
}
