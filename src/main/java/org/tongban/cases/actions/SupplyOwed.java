package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.ACCEPTED;
import static org.tongban.cases.ApplicationState.IN_REVIEW;
import static org.tongban.cases.ApplicationState.RECEIVED;
import static org.tongban.cases.ApplicationState.SPECIAL_PROCEDURE;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.tongban.cases.Application;
import org.tongban.cases.Supplements;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.FieldError;
import org.tongban.common.Message;
import org.tongban.common.ProblemException;

/**
 * 容缺后补, handing in: materials the item's list lets an applicant supply after acceptance arrive
 * — online, at the handling window or where they applied — while the case is being handled. Only
 * materials the case owes, each properly referenced; the case stays where it is. Until nothing is
 * owed the case cannot be approved nor an approval delivered ({@link Approve}, {@link Deliver}).
 */
public final class SupplyOwed extends CaseAction<SupplyOwed.Request, SupplyOwed.Notice> {

    private static final TypeReference<List<OfferedMaterial>> MATERIALS = new TypeReference<>() {};

    @Schema(
            name = "SupplyOwedRequest",
            description = "容缺后补: hand in materials owed since acceptance",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "SUPPLY_OWED"))
    public record Request(
            @NotEmpty @Size(max = 50) List<@Valid OfferedMaterial> materials,
            @Size(max = 2000) String comment) implements ActionRequest, HandsInMaterials {}

    /** What arrived and what is still owed. */
    public record Notice(List<String> supplied, List<String> stillOwed) {}

    SupplyOwed() {
        super(
                Action.SUPPLY_OWED,
                Set.of(RECEIVED, ACCEPTED, IN_REVIEW, SPECIAL_PROCEDURE),
                new Target.Unchanged(),
                Set.of(Party.APPLICANT, Party.HANDLING_CLERK, Party.RECEIVING_CLERK));
    }

    @Override
    protected void requireReady(Application a, CaseContext c) {
        if (OwedMaterials.of(a, c.json()).isEmpty()) {
            throw ProblemException.conflict("nothing-owed", "owed.nothing", a.number);
        }
    }

    @Override
    protected Notice change(Application a, Request request, CaseContext c) {
        List<String> owed = new ArrayList<>(OwedMaterials.of(a, c.json()));
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < request.materials().size(); i++) {
            String code = request.materials().get(i).code();
            if (!owed.contains(code)) {
                problems.add(new FieldError("materials[" + i + "].code", "not-owed", "owed.not-owed", code, owed));
            }
        }
        problems.addAll(c.check().supplementProblems(c.standard(), c.json().tree(a.form), request.materials()));
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(Message.of("materials.not-taken"), problems);
        }
        List<OfferedMaterial> materials = c.json().read(a.materials, MATERIALS);
        a.materials = c.json().write(Supplements.merge(materials, request.materials()));
        List<String> supplied =
                request.materials().stream().map(OfferedMaterial::code).toList();
        owed.removeAll(supplied);
        a.owedMaterials = c.json().write(owed);
        return new Notice(supplied, owed);
    }
}
