package io.bazaar.identity.code;

/** What a one-time code proves; a code for one purpose never works for another. */
public enum CodePurpose {
    ACTIVATION("activation code", "activate your Bazaar account"),
    PASSWORD_RESET("password reset code", "reset your Bazaar password"),
    /** Sent to a new email address before it replaces the account's; bound to that address. */
    EMAIL_CHANGE("email confirmation code", "confirm this address for your Bazaar account"),
    /** Sent to a new phone number before it replaces the account's; bound to that number. */
    PHONE_CHANGE("phone confirmation code", "confirm this number for your Bazaar account"),
    /** An invitation to a shop's staff; the code is the invitation's own (see the staff package), not a stored one. */
    INVITATION("shop invitation code", "join the shop's staff on Bazaar");

    private final String noun;
    private final String use;

    CodePurpose(String noun, String use) {
        this.noun = noun;
        this.use = use;
    }

    public String noun() {
        return noun;
    }

    public String use() {
        return use;
    }
}
