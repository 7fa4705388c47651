package org.tongban.catalog;

/** Who an application is for: a natural person (resident ID) or an organisation (unified social credit code). */
public enum ApplicantKind {
    PERSON,
    ORGANISATION
}
