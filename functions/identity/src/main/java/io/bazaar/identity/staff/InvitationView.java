package io.bazaar.identity.staff;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** An invitation as the shop (or the platform) sees it; never its code. */
public record InvitationView(UUID id, UUID merchantId, String login, boolean owner, List<RoleRef> roles,
        InvitationStatus status, Instant createdAt, Instant expiresAt) {

    public static InvitationView of(Invitation invitation, Instant now) {
        return new InvitationView(invitation.id, invitation.merchantId, invitation.login, invitation.owner,
                invitation.roles.stream().map(RoleRef::of).sorted(Comparator.comparing(RoleRef::name)).toList(),
                invitation.stateAt(now), invitation.createdAt, invitation.expiresAt);
    }
}
