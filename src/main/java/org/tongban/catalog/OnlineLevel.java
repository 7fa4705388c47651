package org.tongban.catalog;

/** Online service depth: Ⅰ事项公开 Ⅱ在线预审 Ⅲ在线申办 Ⅳ全程网办. */
public enum OnlineLevel {
    I,
    II,
    III,
    IV
}
