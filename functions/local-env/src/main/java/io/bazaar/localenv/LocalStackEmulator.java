package io.bazaar.localenv;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.containers.localstack.LocalStackContainer.Service;
import org.testcontainers.utility.DockerImageName;

/** LocalStack in a container, the closest thing to AWS, used wherever a Docker engine answers. */
final class LocalStackEmulator implements AwsEmulator {

    private static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4");

    private final LocalStackContainer container;

    private LocalStackEmulator(LocalStackContainer container) {
        this.container = container;
    }

    /** Starts LocalStack with DynamoDB, S3, SES, SNS and SQS and waits until it answers. */
    static LocalStackEmulator start() {
        LocalStackContainer container = new LocalStackContainer(IMAGE)
                .withServices(Service.DYNAMODB, Service.S3, Service.SES, Service.SNS, Service.SQS);
        container.start();
        return new LocalStackEmulator(container);
    }

    /**
     * True when a Docker engine answers. Without any sign of one (no DOCKER_HOST, socket or Testcontainers setting),
     * Testcontainers is not even asked, so that its absence costs nothing and logs nothing.
     */
    static boolean dockerAnswers() {
        if (!dockerConfigured()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean dockerConfigured() {
        if (System.getenv("DOCKER_HOST") != null || testcontainersSetting().isPresent()) {
            return true;
        }
        String home = System.getProperty("user.home");
        Stream<String> sockets = Stream.concat(Stream.of("/var/run/docker.sock", home + "/.docker/run/docker.sock",
                home + "/.docker/desktop/docker.sock", home + "/.colima/default/docker.sock", home + "/.rd/docker.sock",
                "/run/podman/podman.sock"),
                Optional.ofNullable(System.getenv("XDG_RUNTIME_DIR")).map(dir -> dir + "/docker.sock").stream());
        return sockets.map(Path::of).anyMatch(Files::exists);
    }

    private static Optional<String> testcontainersSetting() {
        Path file = Path.of(System.getProperty("user.home"), ".testcontainers.properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return List.of("docker.host", "docker.client.strategy").stream()
                .map(properties::getProperty).filter(value -> value != null && !value.isBlank()).findFirst();
    }

    @Override
    public URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public boolean isLocalStack() {
        return true;
    }

    @Override
    public void close() {
        container.stop();
    }
}
