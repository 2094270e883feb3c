package io.bazaar.identity.code;

/** The outcome of checking a one-time code. */
public enum CodeCheck {
    /** Right code, now used up. */
    ACCEPTED,
    /** Wrong code; tries remain. */
    WRONG,
    /** Wrong code, and that was the last try: the code is gone. */
    BURNED,
    /** No live code: never sent, expired, burned earlier or already used. */
    NONE
}
