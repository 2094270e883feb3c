package io.bazaar.identity.code;

/** What a one-time code proves; a code for one purpose never works for another. */
public enum CodePurpose {
    ACTIVATION("activation code", "activate your Bazaar account"),
    PASSWORD_RESET("password reset code", "reset your Bazaar password");

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
