/** Runnable scenarios of real towns using e-admin end to end. */
module fr.eadmin.examples {
    requires fr.eadmin.core;
    requires fr.eadmin.forms;
    requires fr.eadmin.identity;
    requires fr.eadmin.documents;
    requires fr.eadmin.archive;
    requires fr.eadmin.payment;
    requires java.sql;
    requires static org.jspecify;
}
