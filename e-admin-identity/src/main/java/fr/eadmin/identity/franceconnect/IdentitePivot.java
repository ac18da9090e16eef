package fr.eadmin.identity.franceconnect;

import com.fasterxml.jackson.databind.JsonNode;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.InvalidIdentifierException;
import fr.eadmin.core.usager.Certification;
import fr.eadmin.core.usager.Contact;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.InvalidUsagerException;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.franceconnect.internal.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The identité pivot FranceConnect returns from userinfo: who the person is in the état civil (RNIPP).
 * {@link #toString()} shows no personal data.
 *
 * @param subject the person's identifier for this service provider
 * @param prenoms the prénoms ({@code given_name}, split at spaces), in the order of the acte de naissance
 * @param nomNaissance the nom de naissance ({@code family_name})
 * @param nomUsage the nom d'usage ({@code preferred_username}), if any
 * @param dateNaissance the date of birth ({@code birthdate}), possibly partial
 * @param sexe the sex ({@code gender}: {@code male} or {@code female})
 * @param communeNaissance the commune of birth ({@code birthplace}), null when born abroad
 * @param paysNaissance the INSEE code of the country of birth ({@code birthcountry}), {@code 99100} for France
 * @param email the email address, if asked for and valid
 */
public record IdentitePivot(
        FranceConnectSubject subject,
        List<String> prenoms,
        String nomNaissance,
        @Nullable String nomUsage,
        DateNaissancePivot dateNaissance,
        Sexe sexe,
        @Nullable CodeInsee communeNaissance,
        String paysNaissance,
        @Nullable Email email) {
    private static final String FRANCE = LieuNaissance.AEtranger.CODE_FRANCE;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if there is no prénom, the country is not a {@code 99xxx} code, or the
     *     commune is missing for a birth in France or present for a birth abroad
     */
    public IdentitePivot {
        Objects.requireNonNull(subject, "subject");
        prenoms = List.copyOf(prenoms);
        Objects.requireNonNull(nomNaissance, "nomNaissance");
        Objects.requireNonNull(dateNaissance, "dateNaissance");
        Objects.requireNonNull(sexe, "sexe");
        Objects.requireNonNull(paysNaissance, "paysNaissance");
        if (prenoms.isEmpty()) {
            throw new IllegalArgumentException("at least one prénom");
        }
        if (!paysNaissance.matches("99[1-5][0-9]{2}")) {
            throw new IllegalArgumentException("the country of birth is an INSEE code 99xxx");
        }
        if (paysNaissance.equals(FRANCE) != (communeNaissance != null)) {
            throw new IllegalArgumentException("a commune of birth is given exactly when born in France");
        }
    }

    /**
     * Reads the claims of userinfo.
     *
     * @param claims the claims
     * @param subject the subject of the ID token
     * @param receivedAt now
     * @return the identity
     * @throws TokenRejectedException {@link FailureReason#IDENTITY_INVALID} if a claim is missing or cannot
     *     be an identity (the message names the claim, not its value)
     */
    static IdentitePivot fromClaims(JsonNode claims, FranceConnectSubject subject, Instant receivedAt) {
        String claim = "given_name";
        try {
            List<String> prenoms = Arrays.stream(
                            Json.text(claims, "given_name").strip().split(" +"))
                    .filter(s -> !s.isEmpty())
                    .toList();
            claim = "family_name";
            String nom = Json.text(claims, "family_name");
            claim = "preferred_username";
            String usage = Json.optionalText(claims, "preferred_username");
            claim = "birthdate";
            DateNaissancePivot date = DateNaissancePivot.parse(Json.text(claims, "birthdate"));
            claim = "gender";
            Sexe sexe =
                    switch (Json.text(claims, "gender")) {
                        case "male" -> Sexe.MASCULIN;
                        case "female" -> Sexe.FEMININ;
                        default -> throw new IllegalArgumentException("gender is male or female");
                    };
            claim = "birthcountry";
            String pays = Json.text(claims, "birthcountry");
            claim = "birthplace";
            String place = Json.optionalText(claims, "birthplace");
            CodeInsee commune = pays.equals(FRANCE) ? CodeInsee.parse(Objects.requireNonNullElse(place, "")) : null;
            claim = "email";
            String mail = Json.optionalText(claims, "email");
            Email email = mail != null && Email.isValid(mail) ? Email.parse(mail) : null;
            claim = "identity";
            IdentitePivot identity = new IdentitePivot(
                    subject,
                    prenoms,
                    nom,
                    usage == null || usage.isBlank() ? null : usage,
                    date,
                    sexe,
                    commune,
                    pays,
                    email);
            identity.toIndividu(UsagerId.random(), receivedAt, PlaceNames.codesOnly()); // the names' rules
            return identity;
        } catch (IllegalArgumentException | InvalidIdentifierException | InvalidUsagerException e) {
            throw new TokenRejectedException(
                    FailureReason.IDENTITY_INVALID, "claim " + claim + " is missing or invalid");
        }
    }

    /**
     * The {@link Individu} this identity describes, every identity attribute certified {@link
     * Certification#franceConnect(Instant) FranceConnect}; the contact holds the email address if any.
     *
     * @param id the id of the individu (a new one, or the one of the account's individu being confirmed)
     * @param receivedAt when the identity was received
     * @param names the names of the commune and country of birth
     * @return the individu
     * @throws InvalidUsagerException if a name breaks the rules of {@link Individu} (the client refuses such an
     *     identity before returning it)
     */
    public Individu toIndividu(UsagerId id, Instant receivedAt, PlaceNames names) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(names, "names");
        CodeInsee commune = communeNaissance;
        LieuNaissance lieu = commune != null
                ? new LieuNaissance.EnFrance(commune, names.commune(commune))
                : new LieuNaissance.AEtranger(paysNaissance, names.pays(paysNaissance), null);
        return Individu.builder()
                .id(id)
                .nomNaissance(nomNaissance)
                .nomUsage(nomUsage)
                .prenoms(prenoms)
                .sexe(sexe)
                .dateNaissance(dateNaissance.toLocalDate())
                .lieuNaissance(lieu)
                .contact(email == null ? Contact.NONE : Contact.NONE.withEmail(email))
                .certificationOfAll(Certification.franceConnect(receivedAt))
                .build(Clock.fixed(receivedAt, PARIS));
    }

    @Override
    public String toString() {
        return "IdentitePivot[" + subject + "]";
    }
}
