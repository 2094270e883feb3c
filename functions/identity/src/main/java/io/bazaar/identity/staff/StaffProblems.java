package io.bazaar.identity.staff;

import io.bazaar.platform.problem.FieldError;
import io.bazaar.platform.problem.ProblemException;

/** Problems the staff, role and invitation endpoints share. */
final class StaffProblems {

    private StaffProblems() {
    }

    static ProblemException notStaff() {
        return ProblemException.forbidden("not-merchant-staff", "Only a merchant's staff may do this.");
    }

    static ProblemException unknownRoles() {
        return ProblemException.invalid(new FieldError("roleIds", "names a role this shop does not have"));
    }

    static ProblemException ownerOnly() {
        return ProblemException.forbidden("owner-only", "Only an owner may give, take or change the owner role.");
    }

    static ProblemException memberNotFound() {
        return ProblemException.notFound("staff-not-found", "The shop has no such staff member.");
    }

    static ProblemException roleNotFound() {
        return ProblemException.notFound("role-not-found", "The shop has no such role.");
    }

    static ProblemException invitationNotFound() {
        return ProblemException.notFound("invitation-not-found", "The shop has no such invitation.");
    }
}
