package org.tongban.cases;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tongban.licences.Licence;
import org.tongban.licences.LicenceReference;
import org.tongban.licences.LicenceType;
import org.tongban.privacy.MaterialReferences;

/**
 * The e-licence a material of the case is, as the library answered when the case was received.
 *
 * @param number personal (an ID card's is the ID number): masked for all but the applicant's side
 * @param asOf the day the library was asked
 * @param fromLibrary taken from the library for a material exempt when held (免提交), not handed in
 */
@Schema(name = "UsedLicence")
public record UsedLicence(
        String material, LicenceType type, String number, String issuer, LocalDate asOf, boolean fromLibrary) {

    public static UsedLicence of(String material, Licence licence, LocalDate asOf, boolean fromLibrary) {
        return new UsedLicence(material, licence.type(), licence.number(), licence.issuer(), asOf, fromLibrary);
    }

    /** Whether a material's reference names this licence (a supplement may have replaced it since). */
    public boolean isReferencedBy(String reference) {
        return new LicenceReference(type, number).toString().equals(reference);
    }

    public UsedLicence masked() {
        return new UsedLicence(material, type, MaterialReferences.mask(number), issuer, asOf, fromLibrary);
    }
}
