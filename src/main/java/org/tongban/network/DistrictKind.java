package org.tongban.network;

/** What a receiver of delegated powers is: the city, a division, or one of the "+2+8". */
public enum DistrictKind {
    CITY,
    DIVISION,
    FUNCTIONAL_ZONE,
    MAJOR_AREA,
    TASK_GROUP
}
