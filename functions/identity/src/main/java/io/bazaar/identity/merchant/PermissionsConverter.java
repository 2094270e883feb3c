package io.bazaar.identity.merchant;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import io.bazaar.platform.security.StaffPermission;

/** Stores a staff member's permissions as one comma-separated column. */
@Converter
public class PermissionsConverter implements AttributeConverter<Set<StaffPermission>, String> {

    @Override
    public String convertToDatabaseColumn(Set<StaffPermission> permissions) {
        return permissions == null ? "" : permissions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<StaffPermission> convertToEntityAttribute(String column) {
        EnumSet<StaffPermission> permissions = EnumSet.noneOf(StaffPermission.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(StaffPermission::valueOf).forEach(permissions::add);
        }
        return permissions;
    }
}
