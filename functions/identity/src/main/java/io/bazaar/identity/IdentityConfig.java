package io.bazaar.identity;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Knobs of sign-up, sign-in and tokens. */
@ConfigMapping(prefix = "bazaar.identity")
public interface IdentityConfig {

    /** Lifetime of an access token. */
    @WithDefault("PT15M")
    Duration accessTokenTtl();

    /** Lifetime of a refresh token; each refresh issues a new one. */
    @WithDefault("P30D")
    Duration refreshTokenTtl();

    /** How long an activation or password-reset code stays valid. */
    @WithDefault("PT10M")
    Duration codeTtl();

    /** Wrong tries after which a code is burned. */
    @WithDefault("5")
    int codeMaxAttempts();

    /** bcrypt cost factor (log2 rounds); 12 takes about a quarter of a second. */
    @WithDefault("12")
    int bcryptCost();

    /** Failed logins per account (per login typed) and window before further tries get 429. */
    @WithDefault("5")
    int loginFailuresPerAccount();

    /** Login attempts per client address and window. */
    @WithDefault("30")
    int loginAttemptsPerAddress();

    /** The window of both login limits. */
    @WithDefault("PT15M")
    Duration loginWindow();

    /** Mark session cookies Secure (browsers also accept them on http://localhost). */
    @WithDefault("true")
    boolean secureCookies();

    /** How long a shop invitation (to its owner or staff) can be accepted. */
    @WithDefault("P7D")
    Duration invitationTtl();

    /** Where an invitation is accepted, named in the invitation message. */
    @WithDefault("/invitation")
    String invitationPage();
}
