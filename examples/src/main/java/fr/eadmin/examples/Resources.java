package fr.eadmin.examples;

import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** The example resources a town would keep beside its code: catalogues of téléservices, form definitions. */
final class Resources {
    private Resources() {}

    /**
     * Opens a resource of this package.
     *
     * @param name the resource's name, such as {@code "forms/reclamation.json"}
     * @return its content
     * @throws NullPointerException naming the resource if it is not there
     */
    static InputStream open(String name) {
        return Objects.requireNonNull(Resources.class.getResourceAsStream(name), name);
    }

    /**
     * Loads a town's catalogue of téléservices.
     *
     * @param name the resource's name, such as {@code "lyon-catalogue.json"}
     * @return the catalogue
     * @throws IOException if it cannot be read
     */
    static TeleserviceCatalogue catalogue(String name) throws IOException {
        try (InputStream json = open(name)) {
            return TeleserviceCatalogue.fromJson(json);
        }
    }
}
