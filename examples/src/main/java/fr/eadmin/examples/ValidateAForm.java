package fr.eadmin.examples;

import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.json.FormDefinitionJson;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import fr.eadmin.forms.validation.ValidationError;
import fr.eadmin.forms.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Objects;

/**
 * The README's one-minute example: a form definition loaded from JSON, and a usager's submission validated
 * against it, with every error at its path, a stable code and a French message.
 */
public final class ValidateAForm {
    private ValidateAForm() {}

    /**
     * Validates a mistaken submission, then the corrected one, and prints the reports.
     *
     * @param args unused
     * @throws IOException if the definition cannot be read
     */
    public static void main(String[] args) throws IOException {
        run(Clock.system(Main.PARIS), System.out);
    }

    /**
     * Runs the example.
     *
     * @param clock the clock ("today" in the definition's date rules)
     * @param out where the reports are printed
     * @return the report of the mistaken submission
     * @throws IOException if the definition cannot be read
     */
    static ValidationReport run(Clock clock, PrintStream out) throws IOException {
        try (InputStream json = Objects.requireNonNull(
                ValidateAForm.class.getResourceAsStream("forms/demande-acte-etat-civil.json"), "form")) {
            // @start region="validate"
            FormDefinition definition = FormDefinitionJson.read(json); // strict: a typo is an error with its path
            FormValidator validator = FormValidator.compile(definition, clock); // once per form; thread-safe

            ValidationReport report = validator.validate(Submission.parse("""
                    {"typeActe": "mariage", "formeActe": "copie-integrale", "dateEvenement": "2099-06-14",
                     "nombreExemplaires": 9, "nom": "Lefèvre", "prenoms": "Camille", "lien": "autre",
                     "nir": "2 84 05 69 123 456 00", "email": "camille.lefevre@example.fr",
                     "modeDelivrance": "guichet", "attestation": true}
                    """));
            for (ValidationError error : report.errors()) {
                out.println(error.path() + " [" + error.code() + "] " + error.message());
            }
            // @end
            ValidationReport corrected = validator.validate(Submission.parse("""
                    {"typeActe": "mariage", "formeActe": "extrait-sans-filiation", "dateEvenement": "2019-06-14",
                     "nombreExemplaires": 2, "nom": "Lefèvre", "prenoms": "Camille", "nomConjoint": "Martin",
                     "lien": "autre", "nomDemandeur": "Petit", "prenomDemandeur": "Jeanne", "email": "camille.lefevre@example.fr", "modeDelivrance": "guichet",
                     "attestation": true}
                    """));
            out.println("corrected submission: " + (corrected.isValid() ? "valid" : corrected.errors()));
            return report;
        }
    }
}
