package io.bazaar.importer.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the crawler on the public web (server-side request forgery guard): only http(s), and no host that
 * resolves to a loopback, private, link-local (cloud metadata 169.254.169.254), carrier-grade NAT, unique
 * local, multicast or unspecified address, unless the allow-list names the host (or host:port).
 */
public final class AddressGuard {

    private final Set<String> allowHosts;

    /** @param allowHosts lower-case host names or {@code host:port} pairs fetched whatever they resolve to */
    public AddressGuard(Set<String> allowHosts) {
        this.allowHosts = Set.copyOf(allowHosts);
    }

    /** Why the URL must not be fetched, or empty when it may; checked for the first URL and again at every redirect. */
    public Optional<String> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("refused " + url + ": only http and https URLs are fetched");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("refused " + url + ": no host");
        }
        String bareHost = (host.startsWith("[") ? host.substring(1, host.length() - 1) : host).toLowerCase(Locale.ROOT);
        int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
        if (allowHosts.contains(bareHost) || allowHosts.contains(bareHost + ":" + port)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bareHost);
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + bareHost);
        }
        for (InetAddress address : addresses) {
            if (isNotPublic(address)) {
                return Optional.of("refused " + url + ": " + bareHost + " resolves to the non-public address "
                        + address.getHostAddress() + " (only hosts on the allow-list may)");
            }
        }
        return Optional.empty();
    }

    static boolean isNotPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128)
                    || (first == 198 && (second == 18 || second == 19)) || (first == 192 && second == 0 && (b[2] & 0xFF) == 0);
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xFE) == 0xFC;
        }
        return false;
    }
}
