/**
 * e-admin forms: the online forms of téléservices. Definitions (pages, sections, repeatable blocks, typed
 * fields), a typed condition language serialised in JSON, loading of definitions from JSON, and validation of
 * submissions by a plan compiled once per definition.
 *
 * <p>RE2/J has no module descriptor and no {@code Automatic-Module-Name}: it is required as the automatic
 * module {@code re2j}, and the lint warning for that single requirement is suppressed here, on purpose.
 */
@SuppressWarnings("requires-automatic")
module fr.eadmin.forms {
    requires transitive fr.eadmin.core;
    requires re2j;
    requires static transitive org.jspecify;

    exports fr.eadmin.forms;
    exports fr.eadmin.forms.json;
    exports fr.eadmin.forms.validation;
}
