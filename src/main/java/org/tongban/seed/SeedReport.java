package org.tongban.seed;

import java.util.List;

/**
 * What an import did. A published version differing from its seed is a conflict: published versions
 * never change, so the seed needs a new version number instead.
 */
public record SeedReport(int created, int updated, int unchanged, List<String> conflicts) {}
