/**
 * e-admin archive: SEDA 2.2 transfer packages (built in streaming, read back and checked), retention rules
 * as data and the schedule of records due, elimination proposals approved by the archive service before any
 * purge, the write-once archive store and its integrity audit, and journal extracts.
 *
 * <p>Only the JDK's StAX ({@code java.xml}) and {@code java.util.zip} are used for packages: no XML binding
 * library. JSON (retention referential, journal extracts) goes through core's Jackson.
 */
module fr.eadmin.archive {
    requires transitive fr.eadmin.core;
    requires java.xml;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports fr.eadmin.archive;
    exports fr.eadmin.archive.seda;
    exports fr.eadmin.archive.journal;
    exports fr.eadmin.archive.retention;
    exports fr.eadmin.archive.elimination;
    exports fr.eadmin.archive.store;
    exports fr.eadmin.archive.spi;
    exports fr.eadmin.archive.memory;
    exports fr.eadmin.archive.jdbc;
}
