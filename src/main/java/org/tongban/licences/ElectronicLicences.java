package org.tongban.licences;

import java.util.List;
import java.util.Optional;

/**
 * The e-licence library (电子证照库): in production the national one, reached through an adapter the
 * deployment provides; in the demo {@link DemoLicences}. The build property
 * {@code tongban.e-licences.library} selects the implementation.
 */
public interface ElectronicLicences {

    /** The licence with this type and number, if the library has one. */
    Optional<Licence> find(LicenceReference reference);

    /** The licences of this type the holder (ID number or credit code) holds, the newest first. */
    List<Licence> heldBy(String holder, LicenceType type);
}
