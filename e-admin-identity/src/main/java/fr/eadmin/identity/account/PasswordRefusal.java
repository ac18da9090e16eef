package fr.eadmin.identity.account;

/** Why the password policy refuses a password. */
public enum PasswordRefusal {
    /** Fewer code points than the minimum. */
    TOO_SHORT,
    /** More code points than the maximum. */
    TOO_LONG,
    /** In the list of common passwords (compared ignoring case). */
    COMMON,
    /** Contains the login, or its local part (ignoring case). */
    CONTAINS_LOGIN
}
