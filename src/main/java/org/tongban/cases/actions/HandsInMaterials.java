package org.tongban.cases.actions;

import java.util.List;
import org.tongban.catalog.OfferedMaterial;

/** An action's request that hands in materials: the files it references are attached to the case. */
public interface HandsInMaterials {

    /** The materials handed in; null when none. */
    List<OfferedMaterial> materials();
}
