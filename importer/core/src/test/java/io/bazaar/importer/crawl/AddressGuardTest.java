package io.bazaar.importer.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard decides from addresses alone, so these run without fetching anything. */
class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(Set.of());

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost:8080/", "http://[::1]/", "http://10.1.2.3/",
            "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/",
            "http://100.64.0.1/", "http://224.0.0.1/", "http://[fd00::1]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
            "ftp://example.com/", "file:///etc/passwd", "gopher://127.0.0.1/", "http:///nohost"})
    void nonPublicOrNonHttpTargetsAreRefused(String url) {
        assertTrue(guard.refusal(URI.create(url)).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/p/1", "http://localhost/", "http://localhost:8080/p/2"})
    void allowListedHostsMayBeFetchedWhateverTheirAddress(String url) {
        AddressGuard allowing = new AddressGuard(Set.of("127.0.0.1", "localhost"));
        assertEquals(Optional.empty(), allowing.refusal(URI.create(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/p/1", "http://127.0.0.1:8080/", "https://127.0.0.1/"})
    void aHostAndPortOnTheAllowListAllowsOnlyThatPort(String url) {
        AddressGuard allowing = new AddressGuard(Set.of("localhost:8080", "127.0.0.1:8080"));
        assertEquals(!url.startsWith("https"), allowing.refusal(URI.create(url)).isEmpty(), url);
        assertTrue(allowing.refusal(URI.create("http://localhost:9090/")).isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/", "https://[2606:4700::1111]/"})
    void publicAddressesPass(String url) {
        assertEquals(Optional.empty(), guard.refusal(URI.create(url)));
    }
}
