package fr.eadmin.forms;

import fr.eadmin.core.identifier.CodePostal;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Iban;
import fr.eadmin.core.identifier.Nir;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.identifier.Telephone;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The French identifiers a field can ask for, each checked and put in canonical form by its type in
 * {@code fr.eadmin.core.identifier}. One table: the JSON name, the error code and the French wording of
 * what is expected all live here.
 */
public enum IdentifierKind {
    /** An email address ({@link Email}). */
    EMAIL("email", "une adresse électronique valide", Email::isValid, s -> Email.parse(s)
            .value()),
    /** A telephone number ({@link Telephone}), canonical in E.164. */
    TELEPHONE("telephone", "un numéro de téléphone valide", Telephone::isValid, s -> Telephone.parse(s)
            .value()),
    /** A French code postal ({@link CodePostal}). */
    CODE_POSTAL("code-postal", "un code postal valide", CodePostal::isValid, s -> CodePostal.parse(s)
            .value()),
    /** A SIRET ({@link Siret}). */
    SIRET("siret", "un numéro SIRET valide", Siret::isValid, s -> Siret.parse(s).value()),
    /** A SIREN ({@link Siren}). */
    SIREN("siren", "un numéro SIREN valide", Siren::isValid, s -> Siren.parse(s).value()),
    /** An RNA number of an association ({@link Rna}). */
    RNA("rna", "un numéro RNA valide", Rna::isValid, s -> Rna.parse(s).value()),
    /** A NIR ({@link Nir}). */
    NIR("nir", "un numéro de sécurité sociale valide", Nir::isValid, s -> Nir.parse(s)
            .value()),
    /** An IBAN ({@link Iban}). */
    IBAN("iban", "un IBAN valide", Iban::isValid, s -> Iban.parse(s).value());

    private final String jsonName;
    private final String expected;
    private final Predicate<String> valid;
    private final Function<String, String> canonical;

    IdentifierKind(String jsonName, String expected, Predicate<String> valid, Function<String, String> canonical) {
        this.jsonName = jsonName;
        this.expected = expected;
        this.valid = valid;
        this.canonical = canonical;
    }

    /**
     * The name of the field type in JSON.
     *
     * @return the name, such as {@code "code-postal"}
     */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The stable code of the validation error for an answer that is not such an identifier.
     *
     * @return the code, such as {@code "invalid-siret"}
     */
    public String errorCode() {
        return "invalid-" + jsonName;
    }

    /**
     * What the answer must be, in French, to complete "… doit être".
     *
     * @return the wording, such as {@code "un numéro SIRET valide"}
     */
    public String expected() {
        return expected;
    }

    /**
     * Whether a text is such an identifier.
     *
     * @param text the text
     * @return true if the identifier's type accepts it
     */
    public boolean isValid(String text) {
        return valid.test(text);
    }

    /**
     * The canonical form of a valid identifier.
     *
     * @param text a text {@link #isValid(String)} accepts
     * @return its canonical form
     */
    public String canonical(String text) {
        return canonical.apply(text);
    }

    /**
     * The kind with this JSON name.
     *
     * @param jsonName the name, such as {@code "siret"}
     * @return the kind, or empty if no identifier has that name
     */
    public static Optional<IdentifierKind> byJsonName(String jsonName) {
        Objects.requireNonNull(jsonName, "jsonName");
        for (IdentifierKind kind : values()) {
            if (kind.jsonName.equals(jsonName)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
