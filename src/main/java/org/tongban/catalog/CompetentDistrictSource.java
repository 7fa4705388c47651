package org.tongban.catalog;

/**
 * What the item's standard says decides the competent district (属地管辖): never the applicant's ID
 * number, whose first six digits only say where it was issued.
 */
public enum CompetentDistrictSource {
    /** The applicant's registered residence, as declared in the application. */
    RESIDENCE,
    /** The district of the project's site: the form's {@value #SITE_FIELD} field. */
    SITE,
    /** The district of the window or outlet that received the application (no online channel). */
    RECEIVING_POINT;

    /** The form field that names a project's site district. */
    public static final String SITE_FIELD = "siteDistrict";
}
