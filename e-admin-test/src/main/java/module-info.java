/**
 * The e-admin test kit: JUnit 5 database extension (H2 and PostgreSQL), contract tests for every store SPI
 * and the notification outbox, a recording notifier, jqwik arbitraries for identifiers, usagers and
 * notifications.
 */
module fr.eadmin.test {
    requires transitive fr.eadmin.core;
    requires transitive org.junit.jupiter.api;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;
    requires static transitive org.jspecify;

    exports fr.eadmin.test.arbitraries;
    exports fr.eadmin.test.db;
    exports fr.eadmin.test.contract;
    exports fr.eadmin.test.notification;

    // The contracts' test methods are package-private, as JUnit prefers: let JUnit call them.
    opens fr.eadmin.test.contract to
            org.junit.platform.commons;
}
