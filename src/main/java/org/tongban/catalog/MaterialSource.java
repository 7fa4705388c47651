package org.tongban.catalog;

public enum MaterialSource {
    APPLICANT,
    /** Issued by a government body. */
    GOVERNMENT,
    /** Taken from the e-licence library (电子证照库). */
    E_LICENCE
}
