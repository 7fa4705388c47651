package org.tongban.testing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The tests' span exporter (Quarkus exports to every SpanExporter bean): spans stay in memory for
 * assertions and nothing is sent anywhere. Not opentelemetry-sdk-testing's, whose context storage
 * provider clashes with Quarkus's when the MySQL driver touches OpenTelemetry outside the app.
 */
@Singleton
public class InMemorySpans implements SpanExporter {

    private final List<SpanData> finished = new CopyOnWriteArrayList<>();

    public List<SpanData> finished() {
        return List.copyOf(finished);
    }

    public void reset() {
        finished.clear();
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        finished.addAll(spans);
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        finished.clear();
        return CompletableResultCode.ofSuccess();
    }
}
