package io.bazaar.orders.export.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * An S3 object written as a stream: bytes gather in one buffer of {@code partBytes} and leave as a part of a
 * multipart upload each time it is full, so a file of any size costs one part's memory. {@link #complete()} sends the
 * last part and joins them; {@link #abort()} drops every part sent. Blocking: call it on a worker thread.
 */
final class MultipartUpload extends OutputStream {

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String uploadId;
    private final byte[] buffer;
    private final List<CompletedPart> parts = new ArrayList<>();
    private int filled;
    private long size;

    private MultipartUpload(S3Client s3, String bucket, String key, String uploadId, int partBytes) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.uploadId = uploadId;
        this.buffer = new byte[partBytes];
    }

    /** Starts the upload of {@code key}; the object appears only when it is completed. */
    static MultipartUpload start(S3Client s3, String bucket, String key, String contentType, String fileName, int partBytes) {
        String id = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(contentType)
                .contentDisposition("attachment; filename=\"" + fileName + "\"")).uploadId();
        return new MultipartUpload(s3, bucket, key, id, partBytes);
    }

    /** Drops the parts of an upload started earlier (by a worker that died); an unknown upload is no error. */
    static void abandon(S3Client s3, String bucket, String key, String uploadId) {
        try {
            s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
        } catch (software.amazon.awssdk.services.s3.model.NoSuchUploadException gone) {
            // already completed, aborted or expired
        }
    }

    String uploadId() {
        return uploadId;
    }

    /** Bytes written so far. */
    long size() {
        return size;
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == buffer.length) {
            sendPart();
        }
        buffer[filled++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == buffer.length) {
                sendPart();
            }
            int n = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, n);
            filled += n;
            offset += n;
            length -= n;
            size += n;
        }
    }

    /** Sends what is buffered as the last part and makes the object. */
    void complete() {
        if (filled > 0 || parts.isEmpty()) {
            sendPart();
        }
        s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
                .multipartUpload(m -> m.parts(parts)));
    }

    void abort() {
        abandon(s3, bucket, key, uploadId);
    }

    private void sendPart() {
        int number = parts.size() + 1;
        int length = filled;
        // the buffer itself, not a copy, is the part's content (read again only if the SDK retries)
        RequestBody body = RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length,
                "application/octet-stream");
        String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
                .contentLength((long) length), body).eTag();
        parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        filled = 0;
    }
}
