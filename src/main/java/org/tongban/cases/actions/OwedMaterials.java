package org.tongban.cases.actions;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.tongban.cases.Application;
import org.tongban.common.FieldError;
import org.tongban.common.JsonCodec;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

/**
 * 容缺后补 (accept now, supply later): materials the item's list allows to be handed in after
 * acceptance are owed by the case until they arrive. Nothing owed may be outstanding when a case is
 * approved, when an approval is delivered, or for an instant approval.
 */
final class OwedMaterials {

    private static final TypeReference<List<String>> CODES = new TypeReference<>() {};

    private OwedMaterials() {}

    static List<String> of(Application a, JsonCodec json) {
        return json.read(a.owedMaterials, CODES);
    }

    /** Refuses (409) what {@code detailKey} names, listing every material still owed. */
    static void requireNone(Application a, JsonCodec json, String detailKey) {
        List<String> owed = of(a, json);
        if (!owed.isEmpty()) {
            throw new ProblemException(
                    409,
                    "materials-owed",
                    Message.of(detailKey, owed),
                    owed.stream()
                            .map(code -> new FieldError("owedMaterials", "material-owed", "owed.material", code))
                            .toList());
        }
    }
}
