/**
 * e-admin core: French identifiers, the usager model and dossier usager, the stores that keep them (in
 * memory, JDBC on H2 and PostgreSQL), blob storage, the French business calendar with legal delays, the
 * téléservice catalogue and the demande lifecycle, the traceability journal, notifications to usagers
 * through a transactional outbox, and the public directory of facilities with their opening hours.
 *
 * <p>No package is opened: Jackson reads and writes the model records through their public accessors and
 * canonical constructors, which the exported packages already give it.
 */
module fr.eadmin.core {
    requires transitive java.sql;
    requires transitive com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports fr.eadmin.core;
    exports fr.eadmin.core.identifier;
    exports fr.eadmin.core.usager;
    exports fr.eadmin.core.dossier;
    exports fr.eadmin.core.teleservice;
    exports fr.eadmin.core.demande;
    exports fr.eadmin.core.calendar;
    exports fr.eadmin.core.journal;
    exports fr.eadmin.core.notification;
    exports fr.eadmin.core.spi;
    exports fr.eadmin.core.memory;
    exports fr.eadmin.core.blob;
    exports fr.eadmin.core.jdbc;
    exports fr.eadmin.core.json;
    exports fr.eadmin.core.format;
    exports fr.eadmin.core.facility;
}
