package io.bazaar.identity.password;

import java.security.GeneralSecurityException;
import java.security.spec.InvalidKeySpecException;

import jakarta.enterprise.context.ApplicationScoped;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.platform.aws.BlockingCalls;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;

/** bcrypt via WildFly Elytron (what Quarkus security uses), run on worker threads because it is slow on purpose. */
@ApplicationScoped
public class PasswordHasher {

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    private final BlockingCalls blocking;
    private final int cost;
    /** Verified against when the login is unknown, so that answer takes as long as a wrong password. */
    private final String decoy;

    PasswordHasher(BlockingCalls blocking, IdentityConfig config) {
        this.blocking = blocking;
        this.cost = config.bcryptCost();
        this.decoy = BcryptUtil.bcryptHash("decoy-password-for-unknown-logins", cost);
    }

    public Uni<String> hash(String password) {
        return blocking.run(() -> BcryptUtil.bcryptHash(password, cost));
    }

    /** Checks a password against a stored hash, or against a decoy when there is no account. */
    public Uni<Boolean> matches(String password, String storedHashOrNull) {
        return blocking.run(() -> {
            boolean matches = verify(password, storedHashOrNull == null ? decoy : storedHashOrNull);
            return matches && storedHashOrNull != null;
        });
    }

    private static boolean verify(String password, String hash) {
        try {
            Password raw = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(raw), password.toCharArray());
        } catch (InvalidKeySpecException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt unavailable", e);
        }
    }
}
