package io.bazaar.importer.cli;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the fetcher on the public web (server-side request forgery guard): only http(s), and no host that
 * resolves to a loopback, private, link-local (cloud metadata 169.254.169.254), carrier-grade NAT, unique
 * local, multicast or unspecified address, unless the allow-list names the host.
 */
final class AddressGuard {

    private final Set<String> allowHosts;

    AddressGuard(Set<String> allowHosts) {
        this.allowHosts = Set.copyOf(allowHosts);
    }

    /** Throws when the URL must not be fetched; called for the first URL and again for every redirect. */
    void check(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("refused " + url + ": only http and https URLs are fetched (give local files as paths)");
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException("refused " + url + ": no host");
        }
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (allowHosts.contains(bareHost.toLowerCase(Locale.ROOT))) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bareHost);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + bareHost);
        }
        for (InetAddress address : addresses) {
            if (isNotPublic(address)) {
                throw new FetchException("refused " + url + ": " + bareHost + " resolves to the non-public address "
                        + address.getHostAddress() + " (allow it with -Dbazaar.importer.allow-hosts=" + bareHost + ")");
            }
        }
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
