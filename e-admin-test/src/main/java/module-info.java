/**
 * The e-admin test kit: JUnit 5 database extension (H2 and PostgreSQL), contract tests for every store SPI
 * (of core, forms, identity, archive and payment) and the notification outbox, a recording notifier, jqwik arbitraries for identifiers, usagers,
 * notifications and forms (definitions, valid submissions, submissions with one defect), AssertJ assertions on
 * validation reports.
 */
module fr.eadmin.test {
    requires transitive fr.eadmin.core;
    requires transitive fr.eadmin.forms;
    requires transitive fr.eadmin.identity;
    requires transitive fr.eadmin.archive;
    requires transitive fr.eadmin.payment;
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;
    requires static transitive org.jspecify;

    exports fr.eadmin.test.arbitraries;
    exports fr.eadmin.test.db;
    exports fr.eadmin.test.forms;
    exports fr.eadmin.test.contract;
    exports fr.eadmin.test.notification;

    // The contracts' test methods are package-private, as JUnit prefers: let JUnit call them.
    opens fr.eadmin.test.contract to
            org.junit.platform.commons;
}
