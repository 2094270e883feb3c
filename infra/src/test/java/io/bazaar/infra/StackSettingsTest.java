package io.bazaar.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StackSettingsTest {

    private static StackSettings settings(Map<String, Object> context, Path infraDir) {
        return StackSettings.from(SynthesizedStack.app(context).getNode(), infraDir);
    }

    @Test
    void stageDefaultsToDevAndPrefixesTableNames() {
        StackSettings settings = settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example"), Path.of("/repo/infra"));

        assertEquals("dev", settings.stage());
        assertEquals("bazaar-dev-", settings.tablePrefix());
        assertEquals("bazaar-dev-rate-limits", settings.resourceName("rate-limits"));
    }

    @Test
    void artifactsDirDefaultsToTheRepositoryRoot() {
        StackSettings settings = settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example"), Path.of("/repo/infra"));

        assertEquals(Path.of("/repo"), settings.artifactsDir());
    }

    @Test
    void relativeArtifactsDirIsResolvedAgainstTheInfraDir() {
        StackSettings settings = settings(Map.of(
                StackSettings.MAIL_FROM, "no-reply@shop.example",
                StackSettings.ARTIFACTS_DIR, "../dist"), Path.of("/repo/infra"));

        assertEquals(Path.of("/repo/dist"), settings.artifactsDir());
    }

    @Test
    void contextOverridesStageAndWebOrigin() {
        StackSettings settings = settings(Map.of(
                StackSettings.MAIL_FROM, "no-reply@shop.example",
                StackSettings.STAGE, "prod",
                StackSettings.WEB_ORIGIN, "https://shop.example"), Path.of("/repo/infra"));

        assertEquals("bazaar-prod-", settings.tablePrefix());
        assertEquals("https://shop.example", settings.webOrigin());
    }

    @Test
    void publicBaseUrlIsOptionalAndLosesItsTrailingSlash() {
        assertEquals(Optional.empty(), settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example"),
                Path.of("/repo/infra")).publicBaseUrl());
        assertEquals(Optional.of("https://shop.example"), settings(Map.of(
                StackSettings.MAIL_FROM, "no-reply@shop.example",
                StackSettings.PUBLIC_BASE_URL, "https://shop.example/"), Path.of("/repo/infra")).publicBaseUrl());
    }

    @Test
    void publicBaseUrlThatIsNotAnHttpUrlIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of(
                StackSettings.MAIL_FROM, "no-reply@shop.example",
                StackSettings.PUBLIC_BASE_URL, "shop.example"), Path.of("/repo/infra")));
    }

    @Test
    void oneNatGatewayUnlessTheContextAsksForOnePerZone() {
        assertEquals(1, settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example"), Path.of("/repo/infra")).natGateways());
        assertEquals(2, settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example", StackSettings.NAT_GATEWAYS, "2"),
                Path.of("/repo/infra")).natGateways());
        // cdk.json holds numbers as numbers
        assertEquals(2, settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example", StackSettings.NAT_GATEWAYS, 2),
                Path.of("/repo/infra")).natGateways());
        for (Object wrong : new Object[] {"0", "3", "two"}) {
            assertThrows(IllegalArgumentException.class, () -> settings(Map.of(
                    StackSettings.MAIL_FROM, "no-reply@shop.example", StackSettings.NAT_GATEWAYS, wrong), Path.of("/repo/infra")),
                    wrong::toString);
        }
    }

    @Test
    void importerConcurrencyDefaultsToTenAndLeavesRoomForTheQueueAndTheSchedule() {
        assertEquals(10, settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example"), Path.of("/repo/infra"))
                .importerConcurrency());
        assertEquals(3, settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example", StackSettings.IMPORTER_CONCURRENCY, "3"),
                Path.of("/repo/infra")).importerConcurrency());
        for (Object wrong : new Object[] {"0", "2", "1001", "ten"}) {
            assertThrows(IllegalArgumentException.class, () -> settings(Map.of(
                    StackSettings.MAIL_FROM, "no-reply@shop.example", StackSettings.IMPORTER_CONCURRENCY, wrong), Path.of("/repo/infra")),
                    wrong::toString);
        }
    }

    @Test
    void missingMailFromIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of(), Path.of("/repo/infra")));
        assertTrue(error.getMessage().contains(StackSettings.MAIL_FROM), error.getMessage());
    }

    @Test
    void stageThatCannotBeAResourceNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of(
                StackSettings.MAIL_FROM, "no-reply@shop.example",
                StackSettings.STAGE, "Prod_1"), Path.of("/repo/infra")));
    }

    @Test
    void pushApplicationsAreOptionalSnsPlatformApplicationArns() {
        StackSettings none = settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example"), Path.of(""));
        assertEquals(List.of(), none.pushApplications());
        String ios = "arn:aws:sns:eu-west-1:123456789012:app/APNS/bazaar-ios";
        StackSettings both = settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example",
                StackSettings.IOS_PUSH_APPLICATION, ios,
                StackSettings.ANDROID_PUSH_APPLICATION, "arn:aws:sns:eu-west-1:123456789012:app/GCM/bazaar-android"), Path.of(""));
        assertEquals(List.of(ios, "arn:aws:sns:eu-west-1:123456789012:app/GCM/bazaar-android"), both.pushApplications());
        assertThrows(IllegalArgumentException.class, () -> settings(Map.of(StackSettings.MAIL_FROM, "no-reply@shop.example",
                StackSettings.IOS_PUSH_APPLICATION, "arn:aws:sns:eu-west-1:123456789012:my-topic"), Path.of("")));
    }
}
