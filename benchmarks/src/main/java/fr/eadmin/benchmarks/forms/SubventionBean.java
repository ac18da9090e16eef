package fr.eadmin.benchmarks.forms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.constraints.LuhnCheck;
import org.jspecify.annotations.Nullable;

/**
 * The subsidy form as an annotated bean, the way an integrator using plain Bean Validation would write it:
 * constraints on fields, conditions as {@code @AssertTrue} methods, SIRET checked by HV's {@code @LuhnCheck}; NIR,
 * RNA and IBAN by pattern only (HV has no mod-97 constraint).
 */
public final class SubventionBean {
    /** Civilité. */
    @NotNull
    @Pattern(regexp = "M|Mme")
    public @Nullable String civilite;

    /** Nom. */
    @NotBlank
    @Size(max = 100)
    public @Nullable String nom;

    /** Prénom. */
    @NotBlank
    @Size(max = 100)
    public @Nullable String prenom;

    /** Date de naissance. */
    @NotNull
    @Past
    public @Nullable LocalDate dateNaissance;

    /** NIR. */
    @NotNull
    @Pattern(regexp = "[1-478][0-9]{4}(2[AB]|[0-9]{2})[0-9]{8}")
    public @Nullable String nir;

    /** Adresse électronique. */
    @NotNull
    @Email
    @Size(max = 254)
    public @Nullable String email;

    /** Téléphone. */
    @NotNull
    @Pattern(regexp = "(\\+33|0)[1-9][0-9]{8}")
    public @Nullable String telephone;

    /** Adresse. */
    @NotNull
    @Size(min = 3, max = 200)
    public @Nullable String adresse;

    /** Complément d'adresse. */
    @Size(max = 200)
    public @Nullable String complement;

    /** Code postal. */
    @NotNull
    @Pattern(regexp = "(0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}")
    public @Nullable String codePostal;

    /** Commune. */
    @NotBlank
    @Size(max = 100)
    public @Nullable String commune;

    /** Association ou entreprise. */
    @NotNull
    @Pattern(regexp = "association|entreprise")
    public @Nullable String typeDemandeur;

    /** Nom de l'association. */
    @Size(min = 2, max = 200)
    public @Nullable String nomAssociation;

    /** RNA. */
    @Pattern(regexp = "W[0-9A-Z][0-9]{8}")
    public @Nullable String rna;

    /** Raison sociale. */
    @Size(min = 1, max = 200)
    public @Nullable String raisonSociale;

    /** SIRET de l'entreprise. */
    @Pattern(regexp = "[0-9]{14}")
    @LuhnCheck
    public @Nullable String siret;

    /** SIRET de l'association. */
    @Pattern(regexp = "[0-9]{14}")
    @LuhnCheck
    public @Nullable String siretAssociation;

    /** Objet. */
    @NotNull
    @Pattern(regexp = "culture|sport|social|environnement")
    public @Nullable String objet;

    /** Description. */
    @NotNull
    @Size(min = 20, max = 4000)
    public @Nullable String description;

    /** Montant demandé. */
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100000")
    @Digits(integer = 6, fraction = 2)
    public @Nullable BigDecimal montant;

    /** Participants. */
    @NotNull
    @Min(1)
    @Max(5000)
    public @Nullable Integer nombreParticipants;

    /** Début. */
    @NotNull
    @FutureOrPresent
    public @Nullable LocalDate dateDebut;

    /** Fin. */
    @NotNull
    @FutureOrPresent
    public @Nullable LocalDate dateFin;

    /** Lieu. */
    @NotNull
    @Size(min = 2, max = 200)
    public @Nullable String lieu;

    /** Public visé. */
    @NotEmpty
    @Size(max = 4)
    public @Nullable List<@Pattern(regexp = "jeunes|seniors|familles|tous") String> publicVise;

    /** Partenaires. */
    @NotNull
    public @Nullable Boolean partenaires;

    /** Lesquels. */
    @Size(min = 2, max = 1000)
    public @Nullable String partenairesDetail;

    /** Budget total. */
    @NotNull
    @Min(0)
    @Max(10_000_000)
    public @Nullable Long budgetTotal;

    /** Autofinancement. */
    @NotNull
    @Min(0)
    @Max(10_000_000)
    public @Nullable Long autofinancement;

    /** Dépenses. */
    @NotNull
    @Size(min = 1, max = 10)
    public @Nullable List<@Valid Depense> depenses;

    /** IBAN. */
    @NotNull
    @Pattern(regexp = "[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
    public @Nullable String iban;

    /** Titulaire. */
    @NotNull
    @Size(min = 2, max = 100)
    public @Nullable String titulaire;

    /** Référence. */
    @Size(max = 20)
    @Pattern(regexp = "SUB-[0-9]{4}-[0-9]{3}")
    public @Nullable String referenceInterne;

    /** Signataire. */
    @NotNull
    @Size(min = 2, max = 100)
    public @Nullable String signataire;

    /** Qualité. */
    @NotNull
    @Pattern(regexp = "president|tresorier|gerant")
    public @Nullable String qualiteSignataire;

    /** Date de signature. */
    @NotNull
    @PastOrPresent
    public @Nullable LocalDate dateSignature;

    /** Engagement. */
    @NotNull
    @AssertTrue
    public @Nullable Boolean engagement;

    /** Exactitude. */
    @NotNull
    @AssertTrue
    public @Nullable Boolean exactitude;

    /** Commentaire. */
    @Size(max = 2000)
    public @Nullable String commentaire;

    /**
     * An association gives its name and RNA.
     *
     * @return whether the condition holds
     */
    @AssertTrue
    public boolean isAssociationComplete() {
        return !"association".equals(typeDemandeur) || nomAssociation != null && rna != null;
    }

    /**
     * A company gives its name and SIRET.
     *
     * @return whether the condition holds
     */
    @AssertTrue
    public boolean isEntrepriseComplete() {
        return !"entreprise".equals(typeDemandeur) || raisonSociale != null && siret != null;
    }

    /**
     * Partners are named when there are some.
     *
     * @return whether the condition holds
     */
    @AssertTrue
    public boolean isPartenairesComplete() {
        return !Boolean.TRUE.equals(partenaires) || partenairesDetail != null;
    }

    /** One expense. */
    public static final class Depense {
        /** Libellé. */
        @NotBlank
        @Size(max = 100)
        public @Nullable String libelle;

        /** Montant. */
        @NotNull
        @Min(0)
        @Max(1_000_000)
        public @Nullable Long montantDepense;

        /** Catégorie. */
        @NotNull
        @Pattern(regexp = "materiel|personnel|communication|autre")
        public @Nullable String categorie;
    }
}
