package org.tongban.common;

/**
 * Administrative division codes (行政区划代码, GB/T 2260) that rules name. Every feature compares
 * areas with them (supervision, delegation, routing, audit), so they live below all of them.
 */
public final class Divisions {

    /** Xiamen as a whole: the city level of supervision, reports and delegations. */
    public static final String CITY = "350200";

    private Divisions() {}
}
