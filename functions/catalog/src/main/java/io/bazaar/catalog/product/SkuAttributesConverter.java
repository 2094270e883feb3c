package io.bazaar.catalog.product;

import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A SKU's attribute values as canonical JSON (names sorted), so equal combinations are equal in the database. */
@Converter
public class SkuAttributesConverter implements AttributeConverter<Map<String, String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(Map<String, String> attributes) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(attributes == null ? Map.of() : attributes));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        try {
            return column == null ? Map.of() : new TreeMap<>(JSON.readValue(column, new TypeReference<Map<String, String>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable SKU attributes", e);
        }
    }
}
