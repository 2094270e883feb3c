package io.bazaar.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/** Synthesizes the stack once per test JVM (starting jsii and synthesizing take seconds) against small stand-in function zips. */
final class SynthesizedStack {

    static final String STAGE = "test";
    static final String MAIL_FROM = "no-reply@shop.example";
    static final String WEB_ORIGIN = "https://shop.example";
    /** Android pushes are configured, iOS pushes are not (only recorded). */
    static final String ANDROID_PUSH = "arn:aws:sns:us-east-1:123456789012:app/GCM/bazaar-test-android";

    private static Template template;

    private SynthesizedStack() {
    }

    /** The CloudFormation template of the stack for stage {@value #STAGE} with every area of {@link ApiArea#all()}. */
    static synchronized Template template() {
        if (template == null) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put(StackSettings.STAGE, STAGE);
            context.put(StackSettings.MAIL_FROM, MAIL_FROM);
            context.put(StackSettings.WEB_ORIGIN, WEB_ORIGIN);
            context.put(StackSettings.ARTIFACTS_DIR, artifactsDir().toString());
            context.put(StackSettings.ANDROID_PUSH_APPLICATION, ANDROID_PUSH);
            App app = app(context);
            StackSettings settings = StackSettings.from(app.getNode(), Path.of(""));
            BazaarStack stack = new BazaarStack(app, "Bazaar-" + STAGE, StackProps.builder().build(), settings, ApiArea.all());
            template = Template.fromStack(stack);
        }
        return template;
    }

    /** An app with {@code context}, writing its cloud assembly under target/. */
    static App app(Map<String, Object> context) {
        return new App(AppProps.builder().context(context).outdir(tempDir("cdk-out-").toString()).build());
    }

    /** A fresh directory holding, for every area and the import worker, a tiny valid zip where the function zip is expected. */
    static Path artifactsDir() {
        List<String> artifacts = new ArrayList<>(ApiArea.all().stream().map(ApiArea::artifact).toList());
        artifacts.add(ImportWorker.ARTIFACT);
        return artifactsDir(artifacts);
    }

    /** A fresh directory holding a tiny valid zip at each of {@code artifacts}. */
    static Path artifactsDir(List<String> artifacts) {
        Path dir = tempDir("artifacts-");
        for (String artifact : artifacts) {
            writeZip(dir.resolve(artifact));
        }
        return dir;
    }

    private static void writeZip(Path zip) {
        try {
            Files.createDirectories(zip.getParent());
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
                entries.putNextEntry(new ZipEntry("README.txt"));
                entries.write("stand-in for the function zip in infra tests\n".getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir(String prefix) {
        try {
            Path target = Files.createDirectories(Path.of("target", "infra-tests"));
            return Files.createTempDirectory(target, prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
