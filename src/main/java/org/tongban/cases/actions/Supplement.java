package org.tongban.cases.actions;

import static org.tongban.cases.ApplicationState.RECEIVED;
import static org.tongban.cases.ApplicationState.SUPPLEMENT_REQUESTED;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
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
 * 补正: the applicant's supplement after a notice, handed in online, at the handling window or at
 * the window where they applied. What it brings is merged in and checked against the form's schema
 * and the materials list (nothing changes when it fails); what it changed is remembered, because a
 * later notice may only concern that (一次性告知). Art. 32's five working days start again from the
 * day it arrives; materials owed for later (容缺后补) that it brings are no longer owed.
 */
public final class Supplement extends CaseAction<Supplement.Request, Supplement.Notice> {

    private static final TypeReference<List<OfferedMaterial>> MATERIALS = new TypeReference<>() {};

    @Schema(
            name = "SupplementRequest",
            description = "补正: what the notice asked for (form values, materials or both)",
            requiredProperties = "action",
            properties = @SchemaProperty(name = "action", type = SchemaType.STRING, enumeration = "SUPPLEMENT"))
    public record Request(
            @Schema(description = "Form values to add or replace")
            ObjectNode form,

            @Size(max = 50) List<@Valid OfferedMaterial> materials,
            @Size(max = 2000) String comment)
            implements ActionRequest, HandsInMaterials {

        @JsonIgnore
        @Schema(hidden = true)
        @AssertTrue(message = "{constraint.supplement-brings-something}")
        public boolean isFormOrMaterials() {
            return (form != null && !form.isEmpty()) || (materials != null && !materials.isEmpty());
        }
    }

    /** What changed: {@code form.x} and {@code materials.x} targets. */
    public record Notice(Set<String> changed) {}

    Supplement() {
        super(
                Action.SUPPLEMENT,
                Set.of(SUPPLEMENT_REQUESTED),
                Target.state(RECEIVED),
                Set.of(Party.APPLICANT, Party.HANDLING_CLERK, Party.RECEIVING_CLERK));
    }

    @Override
    protected Notice change(Application a, Request request, CaseContext c) {
        ObjectNode form = (ObjectNode) c.json().tree(a.form);
        List<OfferedMaterial> materials = c.json().read(a.materials, MATERIALS);
        List<OfferedMaterial> brought = request.materials() == null ? List.of() : request.materials();
        Set<String> changed = Supplements.changes(form, request.form(), materials, brought);
        if (request.form() != null) {
            form.setAll(request.form());
        }
        List<FieldError> problems = c.check().supplementProblems(c.standard(), form, brought);
        if (!problems.isEmpty()) {
            throw ProblemException.unprocessable(Message.of("supplement.not-taken"), problems);
        }
        List<OfferedMaterial> merged = Supplements.merge(materials, brought);
        a.form = c.json().write(form);
        a.materials = c.json().write(merged);
        List<String> owed = new ArrayList<>(OwedMaterials.of(a, c.json()));
        merged.forEach(m -> owed.remove(m.code()));
        a.owedMaterials = c.json().write(owed);
        Supplements.Record record = Supplements.of(a, c.json());
        a.supplement = c.json().write(new Supplements.Record(record.notices(), changed));
        a.materialsReceivedOn = c.today();
        return new Notice(changed);
    }
}
