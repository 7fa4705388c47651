package org.tongban.catalog;

/** 办件类型 (GB/T 39046 A.6). */
public enum HandlingType {
    /** 即办件: decided on the spot, promised limit 0. */
    IMMEDIATE,
    /** 承诺件: decided within the promised limit. */
    PROMISED
}
