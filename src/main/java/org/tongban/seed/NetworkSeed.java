package org.tongban.seed;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.tongban.network.DistrictView;
import org.tongban.network.ServicePointView;

/** seeds/network.yaml: the same shapes the public API returns. */
record NetworkSeed(
        @NotNull List<@Valid DistrictView> districts,
        @NotNull List<@Valid ServicePointView> servicePoints) {}
