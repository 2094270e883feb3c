package io.bazaar.identity.account;

/** What a person says of their gender on their profile, if anything; UNSPECIFIED is a choice, null is no answer. */
public enum Gender {
    FEMALE, MALE, OTHER, UNSPECIFIED
}
