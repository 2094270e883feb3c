package io.bazaar.identity.code;

import io.bazaar.platform.problem.ProblemException;

/** The problem a client gets for a code that was not accepted. */
public final class CodeProblems {

    private CodeProblems() {
    }

    public static ProblemException of(CodeCheck check) {
        return switch (check) {
            case WRONG -> ProblemException.unprocessable("code-wrong", "The code is wrong. Check it and try again.");
            case BURNED -> ProblemException.unprocessable("code-burned",
                    "The code was entered wrongly too often and no longer works. Ask for a new one.");
            case NONE -> ProblemException.unprocessable("code-invalid",
                    "There is no valid code for this login: it expired, was used, or was never sent. Ask for a new one.");
            case ACCEPTED -> throw new IllegalArgumentException("an accepted code is not a problem");
        };
    }
}
