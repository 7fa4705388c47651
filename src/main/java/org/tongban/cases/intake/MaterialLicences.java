package org.tongban.cases.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongban.cases.UsedLicence;
import org.tongban.catalog.Material;
import org.tongban.catalog.OfferedMaterial;
import org.tongban.common.FieldError;
import org.tongban.licences.ElectronicLicences;
import org.tongban.licences.Licence;
import org.tongban.licences.LicenceReference;

/**
 * What the e-licence library says about an application: each {@code E-LICENCE} reference must name
 * a licence the library has and the applicant holds; each material exempt when held (免提交) that
 * was not handed in is taken from the applicant's licences of its kind, or is missing like any
 * required one; a declared residence is checked against the household register it names.
 */
final class MaterialLicences {

    private final ElectronicLicences library;

    MaterialLicences(ElectronicLicences library) {
        this.library = library;
    }

    /**
     * @param supplied the materials the library supplied, to be stored with those handed in
     * @param used every licence the case's materials are, handed in or supplied
     */
    record Outcome(List<FieldError> problems, List<OfferedMaterial> supplied, List<UsedLicence> used) {}

    /**
     * @param holder the applicant's resident ID number or credit code
     * @param heldByGovernment the exempt materials that apply and were not handed in
     */
    Outcome resolve(String holder, List<OfferedMaterial> offered, List<Material> heldByGovernment, LocalDate asOf) {
        List<FieldError> problems = new ArrayList<>();
        List<OfferedMaterial> supplied = new ArrayList<>();
        List<UsedLicence> used = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            OfferedMaterial material = offered.get(i);
            String field = "materials[" + i + "].reference";
            Optional<LicenceReference> reference = LicenceReference.parse(material.reference());
            if (reference.isEmpty()) {
                continue; // not an e-licence, or malformed: the materials check says so
            }
            Optional<Licence> licence = library.find(reference.get());
            Optional<FieldError> problem = licenceProblem(field, licence, holder);
            if (problem.isPresent()) {
                problems.add(problem.get());
            } else {
                used.add(UsedLicence.of(material.code(), licence.orElseThrow(), asOf, false));
            }
        }
        for (Material material : heldByGovernment) {
            List<Licence> held = material.licence() == null ? List.of() : library.heldBy(holder, material.licence());
            if (held.isEmpty()) {
                problems.add(new FieldError(
                        "materials",
                        "missing-material",
                        "materials.required-not-held",
                        material.code(),
                        material.name()));
            } else {
                Licence newest = held.getFirst();
                supplied.add(
                        new OfferedMaterial(material.code(), newest.reference().toString()));
                used.add(UsedLicence.of(material.code(), newest, asOf, true));
            }
        }
        return new Outcome(problems, supplied, used);
    }

    /**
     * The declared residence against the household register named with it: the register must be the
     * applicant's, and its district the one declared.
     */
    Optional<FieldError> residenceProblem(String holder, String district, String licence) {
        Optional<LicenceReference> reference = LicenceReference.parse(licence);
        if (district == null || reference.isEmpty()) {
            return Optional.empty();
        }
        Optional<Licence> register = library.find(reference.get());
        return licenceProblem("residence.licence", register, holder)
                .or(() -> register.map(Licence::district)
                        .filter(registered -> !registered.equals(district))
                        .map(registered -> new FieldError(
                                "residence.district",
                                "residence-mismatch",
                                "licences.residence-mismatch",
                                registered,
                                district)));
    }

    private static Optional<FieldError> licenceProblem(String field, Optional<Licence> licence, String holder) {
        if (licence.isEmpty()) {
            return Optional.of(new FieldError(field, "unknown-licence", "licences.unknown"));
        }
        if (!licence.get().heldBy(holder)) {
            return Optional.of(new FieldError(field, "licence-not-held", "licences.not-held"));
        }
        return Optional.empty();
    }
}
