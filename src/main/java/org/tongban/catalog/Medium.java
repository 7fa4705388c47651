package org.tongban.catalog;

public enum Medium {
    PAPER,
    ELECTRONIC,
    EITHER
}
