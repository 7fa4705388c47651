package org.tongban.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.tongban.common.LocalizedText;

@Entity
@Table(name = "service_item")
public class ServiceItem extends PanacheEntityBase {

    @Id
    public String code;

    public String basicCode;
    public String nameZh;
    public String nameEn;
    public String department;
    public String category;
    public String field;
    public String itemType;
    public String exerciseLevel;
    /** A.4 codes, comma-separated. */
    public String serviceObjects;

    @Version
    public int rowVersion;

    public ItemHeader header() {
        return new ItemHeader(
                code,
                basicCode,
                new LocalizedText(nameZh, nameEn),
                department,
                category,
                field,
                itemType,
                exerciseLevel,
                Arrays.asList(serviceObjects.split(",")));
    }

    public void apply(ItemHeader header) {
        code = header.code();
        basicCode = header.basicCode();
        nameZh = header.name().zh();
        nameEn = header.name().en();
        department = header.department();
        category = header.category();
        field = header.field();
        itemType = header.itemType();
        exerciseLevel = header.exerciseLevel();
        serviceObjects = String.join(",", List.copyOf(header.serviceObjects()));
    }
}
