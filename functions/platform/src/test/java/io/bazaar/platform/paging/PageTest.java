package io.bazaar.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPageKnowsWhetherMoreFollow() {
        PageRequest second = new PageRequest(1, 20);
        assertEquals(20, second.offset());
        assertTrue(Page.of(List.of("a"), second, 41).hasNext());
        assertFalse(Page.of(List.of("a"), second, 40).hasNext());
    }

    @Test
    void mappingKeepsThePosition() {
        Page<String> page = Page.of(List.of("1", "22"), new PageRequest(2, 2), 6).map(s -> s + "!");
        assertEquals(List.of("1!", "22!"), page.items());
        assertEquals(2, page.page());
        assertEquals(6, page.total());
    }
}
