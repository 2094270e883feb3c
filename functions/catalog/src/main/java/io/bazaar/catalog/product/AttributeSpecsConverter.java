package io.bazaar.catalog.product;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores a product's attribute specs as a JSON array in one text column. */
@Converter
public class AttributeSpecsConverter implements AttributeConverter<List<AttributeSpec>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(List<AttributeSpec> specs) {
        try {
            return JSON.writeValueAsString(specs == null ? List.of() : specs);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public List<AttributeSpec> convertToEntityAttribute(String column) {
        try {
            return column == null || column.isBlank() ? List.of() : JSON.readValue(column, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable attributes column", e);
        }
    }
}
