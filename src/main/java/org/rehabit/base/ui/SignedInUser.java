package org.rehabit.base.ui;

/** What the frame shows of whoever is signed in; implemented by the security feature's principal. */
public interface SignedInUser {

    String displayName();

    /** The role's name, used as the translation key suffix {@code role.<name>}. */
    String roleName();
}
