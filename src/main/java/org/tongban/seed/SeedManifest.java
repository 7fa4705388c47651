package org.tongban.seed;

import java.util.List;

/** seeds/manifest.yaml: the files to load, in order (a jar cannot list a folder). */
record SeedManifest(List<String> calendars, List<String> catalog, String network, String delegations) {}
