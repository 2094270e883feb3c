package io.bazaar.identity.merchant;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a staff member's permissions as one comma-separated column. */
@Converter
public class PermissionsConverter implements AttributeConverter<Set<Permission>, String> {

    @Override
    public String convertToDatabaseColumn(Set<Permission> permissions) {
        return permissions == null ? "" : permissions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<Permission> convertToEntityAttribute(String column) {
        EnumSet<Permission> permissions = EnumSet.noneOf(Permission.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(Permission::valueOf).forEach(permissions::add);
        }
        return permissions;
    }
}
