package org.tongban.catalog;

/**
 * A material handed in with an application: which one of the list, and where it is (an e-licence
 * number, an uploaded file id, or "PAPER" for a paper original seen at the window).
 */
public record OfferedMaterial(String code, String reference) {}
