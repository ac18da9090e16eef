/** Runnable scenarios of real towns using e-admin end to end. */
module fr.eadmin.examples {
    requires fr.eadmin.core;
    requires static org.jspecify;
}
