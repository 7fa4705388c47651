package org.tongban.cases.actions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tongban.cases.ApplicationView.AllowedAction;

/**
 * What a client needs to take an action, read from its typed request — the schema the contract
 * names it by and the fields Bean Validation requires — so the offer cannot drift from the check.
 */
final class ActionOffers {

    private static final Map<Class<?>, Payload> PAYLOADS = new ConcurrentHashMap<>();

    private record Payload(String schema, List<String> required) {}

    private ActionOffers() {}

    static AllowedAction offer(Action action, String role, Class<?> request) {
        Payload payload = PAYLOADS.computeIfAbsent(request, ActionOffers::payloadOf);
        return new AllowedAction(action.name(), role, payload.schema(), payload.required());
    }

    private static Payload payloadOf(Class<?> request) {
        String schema =
                "#/components/schemas/" + request.getAnnotation(Schema.class).name();
        List<String> required = Arrays.stream(request.getRecordComponents())
                .filter(component -> isRequired(request, component))
                .map(RecordComponent::getName)
                .toList();
        return new Payload(schema, required);
    }

    private static boolean isRequired(Class<?> request, RecordComponent component) {
        try {
            var declared = request.getDeclaredField(component.getName());
            return declared.isAnnotationPresent(NotNull.class)
                    || declared.isAnnotationPresent(NotBlank.class)
                    || declared.isAnnotationPresent(NotEmpty.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
