package org.tongban.cases.actions;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tongban.cases.Application;
import org.tongban.cases.Supplements.Deficiency;
import org.tongban.cases.notices.NoticeTexts;
import org.tongban.catalog.Material;
import org.tongban.catalog.OfferedMaterial;

/**
 * What the notices say about a case's materials, in the language notices are issued in: each
 * material by its name on the item's list (its code when the list no longer names it) and how it
 * was handed in — never the reference itself, which may be an ID number.
 */
final class NoticeContents {

    private static final TypeReference<List<OfferedMaterial>> OFFERED = new TypeReference<>() {};
    private static final NoticeTexts TEXTS = NoticeTexts.in(NoticeTexts.ISSUED_IN);

    private NoticeContents() {}

    /** The materials handed in: "居民身份证（电子证照）". */
    static List<String> received(Application a, CaseContext c) {
        Map<String, String> names = names(c);
        return c.json().read(a.materials, OFFERED).stream()
                .map(m -> names.getOrDefault(m.code(), m.code()) + "（" + TEXTS.materialMedium(m.reference()) + "）")
                .toList();
    }

    /** The materials accepted for later (容缺后补) and still owed. */
    static List<String> owed(Application a, CaseContext c) {
        Map<String, String> names = names(c);
        return OwedMaterials.of(a, c.json()).stream()
                .map(code -> names.getOrDefault(code, code))
                .toList();
    }

    /** Each deficiency of a supplement notice: what it concerns, by name, and what is wrong. */
    static List<String> deficiencies(List<Deficiency> missing, CaseContext c) {
        Map<String, String> names = names(c);
        return missing.stream()
                .map(d -> {
                    String target = d.target().startsWith("materials.")
                            ? names.getOrDefault(d.target().substring("materials.".length()), d.target())
                            : d.target();
                    return target + "：" + d.problem();
                })
                .toList();
    }

    private static Map<String, String> names(CaseContext c) {
        List<Material> materials =
                c.standard().materials() == null ? List.of() : c.standard().materials();
        return materials.stream()
                .filter(m -> m.code() != null && m.name() != null)
                .collect(Collectors.toMap(Material::code, m -> m.name().zh(), (x, y) -> x));
    }
}
