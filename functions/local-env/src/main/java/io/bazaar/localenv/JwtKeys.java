package io.bazaar.localenv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** The RSA key pair that signs and verifies Bazaar's JWTs locally; kept in the work dir so tokens survive restarts. */
record JwtKeys(Path privateKey, Path publicKey, boolean generated) {

    static final String PRIVATE_FILE = "jwt-private.pem";
    static final String PUBLIC_FILE = "jwt-public.pem";

    /** The PEM files in workDir, generating a fresh RSA 2048 pair when either is missing. */
    static JwtKeys in(Path workDir) {
        Path privateKey = workDir.resolve(PRIVATE_FILE).toAbsolutePath();
        Path publicKey = workDir.resolve(PUBLIC_FILE).toAbsolutePath();
        if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
            return new JwtKeys(privateKey, publicKey, false);
        }
        KeyPair pair = generate();
        try {
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            if (privateKey.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the JWT keys to " + workDir, e);
        }
        return new JwtKeys(privateKey, publicKey, true);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }

    /** PKCS#8 for the private key and X.509 SubjectPublicKeyInfo for the public one: what getEncoded() returns. */
    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }
}
