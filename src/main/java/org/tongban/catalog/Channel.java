package org.tongban.catalog;

/** Where an application can be made. POST covers postal applications and post-office outlets. */
public enum Channel {
    WINDOW("1"),
    WEB("2"),
    MOBILE("3"),
    POST("4"),
    KIOSK("9"),
    BANK("9"),
    NOTARY("9");

    private final String handlingFormCode;

    Channel(String handlingFormCode) {
        this.handlingFormCode = handlingFormCode;
    }

    /** GB/T 39046 A.5 handling form: 1 window, 2 PC, 3 mobile, 4 express post, 9 other. */
    public String handlingFormCode() {
        return handlingFormCode;
    }

    /** An application that needs no visit: online, or sent by post. */
    public boolean isRemote() {
        return this == WEB || this == MOBILE || this == POST;
    }
}
