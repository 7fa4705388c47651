package org.tongban.supervision;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Map;

@ConfigMapping(prefix = "tongban.reports")
public interface ReportConfig {

    /** Named groups of service points whose share of cases the report card shows. */
    Map<String, List<String>> groups();
}
