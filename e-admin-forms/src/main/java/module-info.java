/**
 * e-admin forms: the online forms of téléservices. Definitions (pages, sections, repeatable blocks, typed
 * fields), a typed condition language serialised in JSON, loading and writing of definitions in JSON and YAML,
 * validation of submissions by a plan compiled once per definition, Bean Validation constraints for French
 * identifiers, linting, revisions (diff, rebase of drafts) and JSON Schemas of definitions and submissions.
 *
 * <p>RE2/J has no module descriptor and no {@code Automatic-Module-Name}: it is required as the automatic
 * module {@code re2j}, and the lint warning for that single requirement is suppressed here, on purpose.
 *
 * <p>The identifier constraints ({@code fr.eadmin.forms.constraints}) need only the Bean Validation API
 * ({@code jakarta.validation}, a named module); Hibernate Validator runs them in the application, reaching the
 * public validators of the exported package, so the module does not require it.
 */
@SuppressWarnings("requires-automatic")
module fr.eadmin.forms {
    requires transitive fr.eadmin.core;
    requires re2j;
    requires transitive jakarta.validation;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml;
    requires static transitive org.jspecify;

    exports fr.eadmin.forms;
    exports fr.eadmin.forms.constraints;
    exports fr.eadmin.forms.json;
    exports fr.eadmin.forms.lint;
    exports fr.eadmin.forms.revision;
    exports fr.eadmin.forms.validation;
}
