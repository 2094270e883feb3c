package io.bazaar.members.messages.service;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.bazaar.platform.aws.S3Bucket;

/** Declares the message attachments bucket (private: only signed URLs read it) for the local bootstrap to create. */
public class MessageAttachmentsBucket {

    @Produces
    @Singleton
    S3Bucket messageAttachmentsBucket(MessagesConfig config) {
        return new S3Bucket(config.attachmentsBucket(), false);
    }
}
