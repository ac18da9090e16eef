/** Runnable scenarios of real towns using e-admin end to end. */
module fr.eadmin.examples {
    requires fr.eadmin.core;
    requires fr.eadmin.documents;
    requires fr.eadmin.payment;
    requires static org.jspecify;
}
