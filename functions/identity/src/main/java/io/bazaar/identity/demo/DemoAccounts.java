package io.bazaar.identity.demo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.bazaar.identity.IdentityConfig;
import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.AccountRepository;
import io.bazaar.identity.account.AccountStatus;
import io.bazaar.identity.merchant.Merchant;
import io.bazaar.identity.merchant.MerchantRepository;
import io.bazaar.identity.merchant.Role;
import io.bazaar.identity.merchant.RoleRepository;
import io.bazaar.identity.merchant.StaffMember;
import io.bazaar.identity.merchant.StaffRepository;
import io.bazaar.identity.merchant.StaffRoles;
import io.bazaar.platform.demo.DemoSeeding;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Seeds the accounts of the local demo (README lists them): a shopper, a merchant owner, a merchant staff member and
 * a platform admin. Runs only where {@link DemoSeeding} allows it (bazaar.demo.seed in the local profile or in tests)
 * and only adds what is missing.
 */
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

    /** The demo merchant; other areas' demo data refer to it. */
    public static final UUID DEMO_MERCHANT_ID = UUID.fromString("6d1f2c3a-0000-4000-8000-00000000a001");

    /** Logins and passwords of the demo, as documented in the README. */
    static final Map<String, String> PASSWORDS = Map.of(
            "shopper@bazaar.local", "shopper-demo-pass",
            "admin@bazaar.local", "admin-demo-pass",
            "owner@acme.bazaar.local", "merchant-demo-pass",
            "staff@acme.bazaar.local", "staff-demo-pass");

    void seed(@Observes StartupEvent event, DemoSeeding seeding, AccountRepository accounts, MerchantRepository merchants,
            StaffRepository staff, RoleRepository roles, IdentityConfig config, Clock clock) throws Throwable {
        if (seeding.ignored()) {
            LOG.warnf("bazaar.demo.seed is true but ignored: demo accounts are only created in the %s profile (active: %s)",
                    DemoSeeding.LOCAL_PROFILE, String.join(",", seeding.profiles()));
        }
        if (!seeding.allowed()) {
            return;
        }
        List<String> missing = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> accounts
                .list("email in ?1", List.copyOf(PASSWORDS.keySet()))
                .map(found -> PASSWORDS.keySet().stream().filter(e -> found.stream().noneMatch(a -> e.equals(a.email))).toList())));
        if (missing.isEmpty()) {
            return;
        }
        // hashed here, on the startup thread, not on the event loop that runs the transaction below
        Map<String, String> hashes = missing.stream()
                .collect(Collectors.toMap(e -> e, e -> BcryptUtil.bcryptHash(PASSWORDS.get(e), config.bcryptCost())));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> merchants.findById(DEMO_MERCHANT_ID)
                .chain(existing -> existing != null ? Uni.createFrom().item(existing) : merchants.persist(merchant(clock)))
                .chain(merchant -> account(accounts, hashes, clock, "shopper@bazaar.local", "Sam Shopper", false))
                .chain(() -> account(accounts, hashes, clock, "admin@bazaar.local", "Ada Admin", true))
                .chain(() -> account(accounts, hashes, clock, "owner@acme.bazaar.local", "Olive Owner", false)
                        .call(owner -> membership(staff, roles, clock, owner, List.of(Role.OWNER))))
                .chain(() -> account(accounts, hashes, clock, "staff@acme.bazaar.local", "Stan Staff", false)
                        .call(member -> membership(staff, roles, clock, member, List.of(Role.ORDER_CLERK, Role.PRODUCT_EDITOR))))));
        LOG.info("Demo accounts ready: shopper@bazaar.local, owner@acme.bazaar.local, staff@acme.bazaar.local, admin@bazaar.local");
    }

    private static Merchant merchant(Clock clock) {
        Merchant merchant = new Merchant();
        merchant.id = DEMO_MERCHANT_ID;
        merchant.name = "Acme Outfitters";
        merchant.createdAt = clock.instant();
        return merchant;
    }

    private static Uni<Account> account(AccountRepository accounts, Map<String, String> hashes, Clock clock, String email,
            String name, boolean admin) {
        return accounts.find("email", email).<Account>firstResult().chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Account account = new Account();
            account.id = UUID.randomUUID();
            account.email = email;
            account.displayName = name;
            account.passwordHash = hashes.get(email);
            account.status = AccountStatus.ACTIVE;
            account.platformAdmin = admin;
            account.createdAt = clock.instant();
            account.updatedAt = account.createdAt;
            account.activatedAt = account.createdAt;
            return accounts.persist(account);
        });
    }

    private static Uni<StaffMember> membership(StaffRepository staff, RoleRepository roles, Clock clock, Account account,
            List<UUID> roleIds) {
        return staff.findById(account.id).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            return roles.list("id in ?1", roleIds).chain(given -> {
                StaffMember member = new StaffMember();
                member.accountId = account.id;
                member.merchantId = DEMO_MERCHANT_ID;
                member.createdAt = clock.instant();
                StaffRoles.assign(member, given);
                return staff.persist(member);
            });
        });
    }
}
