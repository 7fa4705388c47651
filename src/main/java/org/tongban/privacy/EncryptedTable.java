package org.tongban.privacy;

import jakarta.persistence.Convert;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;

/**
 * A table with columns stored through {@link Encrypted}, as the entity mappings declare them: what the
 * re-encryption job rewrites. Read from the mappings, so a column marked personal later is rewritten
 * too, with no second list to keep.
 *
 * @param keyColumns the primary key's columns
 * @param columns the encrypted columns
 */
record EncryptedTable(String name, List<String> keyColumns, List<String> columns) {

    static List<EncryptedTable> of(EntityManagerFactory factory) {
        List<EncryptedTable> tables = new ArrayList<>();
        factory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(descriptor -> {
            if (descriptor instanceof AbstractEntityPersister persister) {
                List<String> columns = encryptedAttributes(persister.getMappedClass()).stream()
                        .flatMap(attribute -> Arrays.stream(persister.getPropertyColumnNames(attribute)))
                        .toList();
                if (!columns.isEmpty()) {
                    tables.add(new EncryptedTable(
                            persister.getIdentifierTableName(),
                            List.of(persister.getIdentifierColumnNames()),
                            columns));
                }
            }
        });
        tables.sort(Comparator.comparing(EncryptedTable::name));
        return List.copyOf(tables);
    }

    private static List<String> encryptedAttributes(Class<?> entity) {
        List<String> attributes = new ArrayList<>();
        for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
            for (var field : type.getDeclaredFields()) {
                Convert convert = field.getAnnotation(Convert.class);
                if (convert != null && convert.converter() == Encrypted.class) {
                    attributes.add(field.getName());
                }
            }
        }
        return attributes;
    }
}
