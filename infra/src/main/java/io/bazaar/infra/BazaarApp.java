package io.bazaar.infra;

import java.nio.file.Path;

import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/** Entry point of the CDK app ({@code cdk synth/deploy} runs it through cdk.json): one Bazaar stack per stage. */
public final class BazaarApp {

    private BazaarApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        // exec:java sets bazaar.infraDir (see pom.xml) so relative paths do not depend on where Maven was started
        Path infraDir = Path.of(System.getProperty("bazaar.infraDir", System.getProperty("user.dir")));
        StackSettings settings = StackSettings.from(app.getNode(), infraDir);

        StackProps props = StackProps.builder()
                .stackName("bazaar-" + settings.stage())
                .description("Bazaar e-commerce platform, stage " + settings.stage())
                .env(Environment.builder()
                        .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                        .region(System.getenv("CDK_DEFAULT_REGION"))
                        .build())
                .build();
        new BazaarStack(app, "Bazaar-" + settings.stage(), props, settings, ApiArea.all());

        Tags.of(app).add("project", "bazaar");
        Tags.of(app).add("stage", settings.stage());
        app.synth();
    }
}
