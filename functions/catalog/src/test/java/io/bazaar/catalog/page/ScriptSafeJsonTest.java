package io.bazaar.catalog.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class ScriptSafeJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void markupCharactersAreEscapedAndTheJsonStillReadsBack() throws Exception {
        String name = "</script><!-- & \u2028 <b>";
        String written = json.writer().with(new ScriptSafeJson()).writeValueAsString(Map.of("name", name));
        assertFalse(written.contains("<"), written);
        assertFalse(written.contains(">"), written);
        assertFalse(written.contains("&"), written);
        assertFalse(written.contains("\u2028"), written);
        assertEquals(name, json.readTree(written).get("name").asText());
    }
}
