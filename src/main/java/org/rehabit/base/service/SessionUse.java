package org.rehabit.base.service;

/**
 * The names under which a signed-in session's last use is kept: set at sign-in and by every request that is not a
 * heartbeat, read by the server's idle limit and by the page's idle warning.
 */
public final class SessionUse {

    /** The session attribute with the instant of its last use (a request that was not a heartbeat). */
    public static final String LAST_USED = SessionUse.class.getName() + ".lastUsed";
    /** The request attribute with the session's last use before this request. */
    public static final String PREVIOUS_USE = SessionUse.class.getName() + ".previousUse";

    private SessionUse() {
    }
}
