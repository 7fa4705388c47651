package org.tongban.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.tongban.application.Action;
import org.tongban.application.Application;
import org.tongban.application.CaseEventRecorded;
import org.tongban.common.JsonCodec;
import org.tongban.routing.RoutingRule;

/**
 * Business counters from the events of cases, counted once their transaction committed (a refused
 * or rolled-back submission counts nothing). Per instance: sum them across instances.
 */
@ApplicationScoped
public class CaseMetrics {

    /** The event a change of colour writes (see WarningService). */
    static final String WARNING_EVENT = "WARNING";

    @Inject
    MeterRegistry registry;

    @Inject
    JsonCodec json;

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseEventRecorded recorded) {
        Application a = recorded.application();
        counter("tongban.actions", "Events of cases, by action", "action", recorded.action())
                .increment();
        if (Action.SUBMIT.name().equals(recorded.action())) {
            counter(
                            "tongban.submissions",
                            "Applications received, by channel and item",
                            "channel",
                            a.channel.name(),
                            "item",
                            a.itemCode)
                    .increment();
            if (overflowed(a)) {
                counter(
                                "tongban.routing.overflows",
                                "Applications routed past the nearest window because of its backlog",
                                "item",
                                a.itemCode)
                        .increment();
            }
        }
        if (WARNING_EVENT.equals(recorded.action())) {
            counter(
                            "tongban.warning.changes",
                            "Changes of a case's warning colour, by new colour",
                            "colour",
                            a.warning.name())
                    .increment();
        }
    }

    private boolean overflowed(Application a) {
        return RoutingRule.LOAD_OVERFLOW
                .name()
                .equals(json.tree(a.routing).path("rule").asText());
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }
}
