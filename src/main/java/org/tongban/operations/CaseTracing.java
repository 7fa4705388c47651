package org.tongban.operations;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.tongban.application.CaseEventRecorded;

/**
 * Marks the trace of a request (a submission, an action, a job's step) with the application it
 * touched, so a trace can be found by the number a citizen or clerk quotes. A bundle's submission
 * touches several: each is an event on the span, and the attribute names the last.
 */
@ApplicationScoped
public class CaseTracing {

    static final AttributeKey<String> NUMBER = AttributeKey.stringKey("tongban.application.number");
    static final AttributeKey<String> ACTION = AttributeKey.stringKey("tongban.action");

    void mark(@Observes CaseEventRecorded recorded) {
        Span span = Span.current();
        span.setAttribute(NUMBER, recorded.application().number);
        span.addEvent(
                "tongban.case-event", Attributes.of(NUMBER, recorded.application().number, ACTION, recorded.action()));
    }
}
