package io.bazaar.server.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.vertx.core.file.FileProps;
import io.vertx.core.file.FileSystem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.MimeMapping;
import io.vertx.ext.web.RoutingContext;

/**
 * Sends files of the web build with the caching a Vite build allows: hashed assets are immutable, everything else
 * (index.html above all) is revalidated on every use, against an ETag and Last-Modified answered with 304.
 */
final class WebFiles {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    private final FileSystem fileSystem;
    private final Path root;

    WebFiles(FileSystem fileSystem, Path root) {
        this.fileSystem = fileSystem;
        this.root = root;
    }

    /** Sends the file at the URL path, or the index.html of a directory; runs {@code missing} when there is none. */
    void send(RoutingContext context, String urlPath, Runnable missing) {
        Optional<Path> file = resolve(urlPath);
        if (file.isEmpty()) {
            missing.run();
            return;
        }
        fileSystem.props(file.get().toString()).onComplete(found -> {
            try {
                if (found.failed()) {
                    missing.run();
                } else if (found.result().isDirectory()) {
                    send(context, (urlPath.endsWith("/") ? urlPath : urlPath + "/") + "index.html", missing);
                } else if (found.result().isRegularFile()) {
                    send(context, urlPath, file.get(), found.result());
                } else {
                    missing.run();
                }
            } catch (RuntimeException e) {
                // outside the router's own call: without this the request would hang
                context.fail(e);
            }
        });
    }

    /** The file a URL path names inside the build, never outside it nor a hidden file such as .env. */
    private Optional<Path> resolve(String urlPath) {
        String decoded = URLDecoder.decode(urlPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!decoded.startsWith("/") || decoded.indexOf('\0') >= 0 || decoded.contains("/.") || decoded.contains("\\")) {
            return Optional.empty();
        }
        Path file = root.resolve(decoded.substring(1)).normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }

    private static void send(RoutingContext context, String urlPath, Path file, FileProps props) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        String etag = "W/\"" + Long.toHexString(props.size()) + "-" + Long.toHexString(props.lastModifiedTime()) + "\"";
        long modifiedSeconds = props.lastModifiedTime() / 1000;
        response.putHeader(HttpHeaders.CACHE_CONTROL, WebPaths.isHashedAsset(urlPath) ? IMMUTABLE : REVALIDATE)
                .putHeader(HttpHeaders.ETAG, etag)
                .putHeader(HttpHeaders.LAST_MODIFIED, DateTimeFormatter.RFC_1123_DATE_TIME.format(
                        ZonedDateTime.ofInstant(Instant.ofEpochSecond(modifiedSeconds), ZoneOffset.UTC)));
        if (notModified(request, etag, modifiedSeconds)) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, contentType(file));
        if (request.method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(props.size())).end();
        } else {
            response.sendFile(file.toString());
        }
    }

    private static boolean notModified(HttpServerRequest request, String etag, long modifiedSeconds) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String candidate : ifNoneMatch.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || tag.equals(etag) || ("W/" + tag).equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond() >= modifiedSeconds;
        } catch (DateTimeParseException unreadable) {
            return false;
        }
    }

    private static String contentType(Path file) {
        String type = Optional.ofNullable(MimeMapping.getMimeTypeForFilename(file.getFileName().toString()))
                .orElse("application/octet-stream");
        boolean text = type.startsWith("text/") || type.endsWith("javascript") || type.endsWith("json")
                || type.endsWith("+xml");
        return text ? type + ";charset=UTF-8" : type;
    }
}
