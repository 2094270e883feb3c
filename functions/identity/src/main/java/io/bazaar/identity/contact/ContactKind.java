package io.bazaar.identity.contact;

import java.util.Optional;

import io.bazaar.identity.account.Account;
import io.bazaar.identity.account.Login;
import io.bazaar.identity.code.CodePurpose;

/** Which of the two logins changes: each with its parser, its code purpose and its column. */
public enum ContactKind {
    EMAIL(CodePurpose.EMAIL_CHANGE) {
        @Override
        Optional<Login> parse(String text) {
            return Login.email(text);
        }

        @Override
        String current(Account account) {
            return account.email;
        }

        @Override
        void set(Account account, String value) {
            account.email = value;
        }
    },
    PHONE(CodePurpose.PHONE_CHANGE) {
        @Override
        Optional<Login> parse(String text) {
            return Login.phone(text);
        }

        @Override
        String current(Account account) {
            return account.phone;
        }

        @Override
        void set(Account account, String value) {
            account.phone = value;
        }
    };

    final CodePurpose purpose;

    ContactKind(CodePurpose purpose) {
        this.purpose = purpose;
    }

    abstract Optional<Login> parse(String text);

    abstract String current(Account account);

    abstract void set(Account account, String value);
}
