package fr.eadmin.identity.account;

/** Where an account stands. */
public enum AccountStatus {
    /** Created, its email address not yet verified: login is refused until it is. */
    PENDING_VERIFICATION,
    /** In use. */
    ACTIVE,
    /** Locked by an administrator or a security rule: login is refused, the holder is told so. */
    LOCKED,
    /** Closed: login answers as for an unknown login. */
    DISABLED
}
