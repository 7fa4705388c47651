package org.tongban.catalog;

/** 网上办理深度: the national code (1–8) and the level Ⅰ–Ⅳ it belongs to. */
public record OnlineDepth(int code, OnlineLevel level) {}
