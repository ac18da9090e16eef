package fr.eadmin.identity.authz;

import fr.eadmin.core.Actor;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.journal.JournalEvent;
import fr.eadmin.core.spi.Journal;
import fr.eadmin.core.spi.TeleserviceStore;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.usager.Association;
import fr.eadmin.core.usager.Entreprise;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.Representant;
import fr.eadmin.core.usager.RoleFoyer;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.account.Account;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.AccountKind;
import fr.eadmin.identity.account.AccountStatus;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether an account may do an {@link Action} on a demande or a dossier usager, and explains why.
 *
 * <h2>Usager accounts</h2>
 *
 * A usager account is linked to its {@link Individu} (the application says which, through the function
 * given to {@link #create}). It acts for:
 *
 * <ul>
 *   <li>its own individu;
 *   <li>every {@link Foyer} it is {@link RoleFoyer#RESPONSABLE_LEGAL} of, and every {@link RoleFoyer#ENFANT}
 *       of such a foyer, but not for the other adults of the foyer;
 *   <li>every {@link Entreprise} and {@link Association} one of whose {@link Representant}s is linked to its
 *       individu.
 * </ul>
 *
 * Foyers and representatives are read from the {@link UsagerStore} at each decision, so a member removed from
 * a foyer loses its mandates at once. On a demande, the account may act if it acts for the demandeur or for
 * the beneficiary (the other responsable légal of a child follows the child's demandes). A {@link
 * ReadOnlyGrant} allows {@link Action#CONSULTER} only. Usagers never {@link Action#isAgentOnly() instruct nor
 * decide}.
 *
 * <h2>Agents</h2>
 *
 * An {@link Account} names its organisation by SIREN, a {@link Teleservice} by the technical code of its
 * {@link fr.eadmin.core.teleservice.Organisation}. The application gives the mapping from the one to the
 * other (the SIREN of the town to {@code mairie-maurepas}, the SIREN of its CCAS to {@code ccas-maurepas});
 * an agent whose SIREN is not mapped is refused everything. An agent ({@link AccountKind#AGENT} or {@link
 * AccountKind#PARTNER_AGENT}) may do every action on the demandes of the téléservices whose organisation code
 * is its own, and nothing on the others. On dossiers usagers, agents of the town may consult and complete;
 * agents of partner organisations may not (they see their demandes only).
 *
 * <p>A town is one SIREN but many services, each owning its téléservices (the état civil, the police
 * municipale, the urbanisme). Given {@link #withAgentServices}, an agent the function assigns to a service acts
 * as an agent of that service's organisation code instead of its SIREN's, so that an agent of the police
 * municipale instructs the demandes of the police municipale's téléservices and not those of the état civil.
 * The SIREN must still be known to the portal.
 *
 * <h2>Traceability</h2>
 *
 * Given a {@link Journal} ({@link #withJournal}), every consultation permitted to an agent is journaled before
 * the decision is returned: {@code demande.consultee} about the demande, {@code usager.consulte} about the
 * usager, with ids only. If the journal fails, its exception propagates and no decision is returned.
 *
 * <p>Only {@link AccountStatus#ACTIVE} accounts are permitted anything. Instances are immutable and
 * thread-safe as long as the functions given to them are.
 */
public final class Authorizer {
    private final Function<AccountId, Optional<UsagerId>> individuOfAccount;
    private final UsagerStore usagers;
    private final Function<String, Optional<Teleservice>> teleservices;
    private final Function<Siren, Optional<String>> organisationCodes;
    private final Function<AccountId, Optional<String>> agentServices;
    private final Set<ReadOnlyGrant> readOnlyGrants;
    private final @Nullable Journal journal;
    private final @Nullable Clock clock;

    private Authorizer(
            Function<AccountId, Optional<UsagerId>> individuOfAccount,
            UsagerStore usagers,
            Function<String, Optional<Teleservice>> teleservices,
            Function<Siren, Optional<String>> organisationCodes,
            Function<AccountId, Optional<String>> agentServices,
            Set<ReadOnlyGrant> readOnlyGrants,
            @Nullable Journal journal,
            @Nullable Clock clock) {
        this.individuOfAccount = individuOfAccount;
        this.usagers = usagers;
        this.teleservices = teleservices;
        this.organisationCodes = organisationCodes;
        this.agentServices = agentServices;
        this.readOnlyGrants = readOnlyGrants;
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * An authorizer without read-only grants nor journal.
     *
     * @param individuOfAccount the individu a usager account is linked to, if any
     * @param usagers the usagers, for foyers and representatives
     * @param teleservices the téléservice of a code, if any
     * @param organisationCodes the organisation code of an agent's SIREN, if the portal knows it
     * @return the authorizer
     */
    public static Authorizer create(
            Function<AccountId, Optional<UsagerId>> individuOfAccount,
            UsagerStore usagers,
            Function<String, Optional<Teleservice>> teleservices,
            Function<Siren, Optional<String>> organisationCodes) {
        return new Authorizer(
                Objects.requireNonNull(individuOfAccount, "individuOfAccount"),
                Objects.requireNonNull(usagers, "usagers"),
                Objects.requireNonNull(teleservices, "teleservices"),
                Objects.requireNonNull(organisationCodes, "organisationCodes"),
                account -> Optional.empty(),
                Set.of(),
                null,
                null);
    }

    /**
     * An authorizer reading the téléservices from a store.
     *
     * @param individuOfAccount the individu a usager account is linked to, if any
     * @param usagers the usagers, for foyers and representatives
     * @param teleservices the téléservices
     * @param organisationCodes the organisation code of an agent's SIREN, if the portal knows it
     * @return the authorizer
     */
    public static Authorizer create(
            Function<AccountId, Optional<UsagerId>> individuOfAccount,
            UsagerStore usagers,
            TeleserviceStore teleservices,
            Function<Siren, Optional<String>> organisationCodes) {
        Objects.requireNonNull(teleservices, "teleservices");
        return create(
                individuOfAccount, usagers, code -> teleservices.find(code).map(Versioned::value), organisationCodes);
    }

    /**
     * A copy with these read-only grants instead of the current ones.
     *
     * @param grants the grants
     * @return the new authorizer
     */
    public Authorizer withReadOnlyGrants(Collection<ReadOnlyGrant> grants) {
        Objects.requireNonNull(grants, "grants");
        return new Authorizer(
                individuOfAccount,
                usagers,
                teleservices,
                organisationCodes,
                agentServices,
                Set.copyOf(grants),
                journal,
                clock);
    }

    /**
     * A copy that assigns agents to the services of their organisation: an agent account the function names a
     * code for acts as an agent of that organisation code (the code of the {@link
     * fr.eadmin.core.teleservice.Organisation} of the service's téléservices, such as {@code
     * police-municipale-lechesnay}) instead of the code of its SIREN; the others keep the code of their SIREN.
     * An agent whose SIREN is not known to the portal is still refused everything.
     *
     * {@snippet :
     * Authorizer authorizer = Authorizer.create(links::individuOf, usagers, catalogue::find,
     *                 siren -> siren.equals(townSiren) ? Optional.of("mairie-lechesnay") : Optional.empty())
     *         .withAgentServices(account -> Optional.ofNullable(servicesOfAgents.get(account)));
     * }
     *
     * @param servicesOfAgents the organisation code of an agent account's service, if it is assigned to one
     * @return the new authorizer
     */
    public Authorizer withAgentServices(Function<AccountId, Optional<String>> servicesOfAgents) {
        return new Authorizer(
                individuOfAccount,
                usagers,
                teleservices,
                organisationCodes,
                Objects.requireNonNull(servicesOfAgents, "servicesOfAgents"),
                readOnlyGrants,
                journal,
                clock);
    }

    /**
     * A copy that journals the consultations of agents.
     *
     * @param value the journal
     * @param time the clock dating the events
     * @return the new authorizer
     */
    public Authorizer withJournal(Journal value, Clock time) {
        return new Authorizer(
                individuOfAccount,
                usagers,
                teleservices,
                organisationCodes,
                agentServices,
                readOnlyGrants,
                Objects.requireNonNull(value, "journal"),
                Objects.requireNonNull(time, "clock"));
    }

    /**
     * Decides whether an account may do an action on a demande.
     *
     * @param account the account
     * @param action the action
     * @param demande the demande
     * @return the decision, explained
     */
    public AuthorizationDecision decide(Account account, Action action, Demande demande) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(demande, "demande");
        Optional<AuthorizationDecision> inactive = inactive(account);
        if (inactive.isPresent()) {
            return inactive.get();
        }
        if (account.kind().isAgent()) {
            return decideForAgentOnDemande(account, action, demande);
        }
        if (action.isAgentOnly()) {
            return agentOnly(account, action);
        }
        Optional<UsagerId> individu = individuOfAccount.apply(account.id());
        if (individu.isEmpty()) {
            return notLinked(account);
        }
        AuthorizationDecision forDemandeur = mandate(account.id(), individu.get(), demande.demandeur());
        if (forDemandeur.permitted()) {
            return forDemandeur;
        }
        AuthorizationDecision forBeneficiary = demande.beneficiary().equals(demande.demandeur())
                ? forDemandeur
                : mandate(account.id(), individu.get(), demande.beneficiary());
        if (forBeneficiary.permitted()) {
            return forBeneficiary;
        }
        Optional<AuthorizationDecision> readOnly = readOnly(account, action, demande.demandeur())
                .or(() -> readOnly(account, action, demande.beneficiary()));
        if (readOnly.isPresent()) {
            return readOnly.get();
        }
        if (forBeneficiary == forDemandeur) {
            return forDemandeur;
        }
        return AuthorizationDecision.refuse(
                forBeneficiary.reason() == RefusalReason.USAGER_INCONNU
                        ? forDemandeur.reason()
                        : forBeneficiary.reason(),
                forDemandeur.explanation() + " ; " + forBeneficiary.explanation());
    }

    /**
     * Decides whether an account may do an action on a dossier usager.
     *
     * @param account the account
     * @param action the action; only {@link Action#appliesToDossier()} ones may be permitted
     * @param dossier the dossier
     * @return the decision, explained
     */
    public AuthorizationDecision decide(Account account, Action action, DossierUsager dossier) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(dossier, "dossier");
        Optional<AuthorizationDecision> inactive = inactive(account);
        if (inactive.isPresent()) {
            return inactive.get();
        }
        if (!action.appliesToDossier()) {
            return AuthorizationDecision.refuse(
                    RefusalReason.ACTION_NON_APPLICABLE,
                    "l'action " + action + " ne s'applique pas au dossier de l'usager " + dossier.usager());
        }
        if (account.kind().isAgent()) {
            return decideForAgentOnDossier(account, action, dossier);
        }
        Optional<UsagerId> individu = individuOfAccount.apply(account.id());
        if (individu.isEmpty()) {
            return notLinked(account);
        }
        AuthorizationDecision mandate = mandate(account.id(), individu.get(), dossier.usager());
        if (mandate.permitted()) {
            return mandate;
        }
        return readOnly(account, action, dossier.usager()).orElse(mandate);
    }

    private AuthorizationDecision decideForAgentOnDemande(Account account, Action action, Demande demande) {
        Optional<String> organisation = organisationOf(account);
        if (organisation.isEmpty()) {
            return unknownOrganisation(account);
        }
        Optional<Teleservice> teleservice = teleservices.apply(demande.teleservice());
        if (teleservice.isEmpty()) {
            return AuthorizationDecision.refuse(
                    RefusalReason.TELESERVICE_INCONNU,
                    "le téléservice " + demande.teleservice() + " de la demande " + demande.id()
                            + " n'est pas au catalogue");
        }
        String owner = teleservice.get().organisation().code();
        if (!owner.equals(organisation.get())) {
            return AuthorizationDecision.refuse(
                    RefusalReason.AUTRE_ORGANISATION,
                    "le téléservice " + demande.teleservice() + " appartient à l'organisation " + owner
                            + ", pas à l'organisation " + organisation.get() + " du compte " + account.id());
        }
        if (action == Action.CONSULTER && journal != null && clock != null) {
            journal.append(JournalEvent.now(
                    clock,
                    actorOf(account, organisation.get()),
                    "demande.consultee",
                    "demande",
                    demande.id().toString(),
                    Map.of(
                            "teleservice", demande.teleservice(),
                            "demandeur", demande.demandeur().toString(),
                            "beneficiaire", demande.beneficiary().toString())));
        }
        return AuthorizationDecision.permit("le compte " + account.id() + " est agent de l'organisation " + owner
                + ", qui porte le téléservice " + demande.teleservice());
    }

    private AuthorizationDecision decideForAgentOnDossier(Account account, Action action, DossierUsager dossier) {
        Optional<String> organisation = organisationOf(account);
        if (organisation.isEmpty()) {
            return unknownOrganisation(account);
        }
        if (account.kind() == AccountKind.PARTNER_AGENT) {
            return AuthorizationDecision.refuse(
                    RefusalReason.DOSSIER_RESERVE_A_LA_COLLECTIVITE,
                    "le compte " + account.id() + " est agent de l'organisation partenaire " + organisation.get()
                            + ", qui n'accède pas au dossier de l'usager " + dossier.usager());
        }
        if (action == Action.CONSULTER && journal != null && clock != null) {
            journal.append(JournalEvent.now(
                    clock,
                    actorOf(account, organisation.get()),
                    "usager.consulte",
                    "usager",
                    dossier.usager().toString(),
                    Map.of("objet", "dossier")));
        }
        return AuthorizationDecision.permit("le compte " + account.id() + " est agent de l'organisation "
                + organisation.get() + ", qui tient le dossier de l'usager " + dossier.usager());
    }

    private AuthorizationDecision mandate(AccountId account, UsagerId individu, UsagerId usager) {
        if (usager.equals(individu)) {
            return AuthorizationDecision.permit("le compte " + account + " agit pour son individu " + individu);
        }
        Optional<Versioned<Usager>> found = usagers.find(usager);
        if (found.isEmpty()) {
            return AuthorizationDecision.refuse(
                    RefusalReason.USAGER_INCONNU, "l'usager " + usager + " n'est pas connu");
        }
        Usager value = found.get().value();
        if (value instanceof Individu) {
            for (Versioned<Foyer> foyer : usagers.foyersOf(individu)) {
                Foyer f = foyer.value();
                if (f.isMembre(individu)
                        && f.roleOf(individu) == RoleFoyer.RESPONSABLE_LEGAL
                        && f.isMembre(usager)
                        && f.roleOf(usager) == RoleFoyer.ENFANT) {
                    return AuthorizationDecision.permit("le compte " + account + " est responsable légal du foyer "
                            + f.id() + ", dont l'individu " + usager + " est enfant");
                }
            }
            return AuthorizationDecision.refuse(
                    RefusalReason.SANS_MANDAT,
                    "le compte " + account + " n'est responsable légal d'aucun foyer dont l'individu " + usager
                            + " est enfant");
        }
        if (value instanceof Foyer f) {
            if (f.isMembre(individu) && f.roleOf(individu) == RoleFoyer.RESPONSABLE_LEGAL) {
                return AuthorizationDecision.permit(
                        "le compte " + account + " est responsable légal du foyer " + usager);
            }
            return AuthorizationDecision.refuse(
                    RefusalReason.SANS_MANDAT,
                    "le compte " + account + " n'est pas responsable légal du foyer " + usager);
        }
        List<Representant> representants;
        String kind;
        if (value instanceof Entreprise e) {
            representants = e.representants();
            kind = "l'entreprise ";
        } else {
            representants = ((Association) value).representants();
            kind = "l'association ";
        }
        if (representants.stream().anyMatch(r -> individu.equals(r.individu()))) {
            return AuthorizationDecision.permit("le compte " + account + " représente " + kind + usager);
        }
        return AuthorizationDecision.refuse(
                RefusalReason.SANS_MANDAT,
                "le compte " + account + " n'est pas représentant légal de " + kind + usager);
    }

    private Optional<AuthorizationDecision> readOnly(Account account, Action action, UsagerId usager) {
        if (!readOnlyGrants.contains(new ReadOnlyGrant(account.id(), usager))) {
            return Optional.empty();
        }
        if (action == Action.CONSULTER) {
            return Optional.of(AuthorizationDecision.permit(
                    "le compte " + account.id() + " a un accès en lecture seule à l'usager " + usager));
        }
        return Optional.of(AuthorizationDecision.refuse(
                RefusalReason.LECTURE_SEULE,
                "le compte " + account.id() + " n'a qu'un accès en lecture seule à l'usager " + usager + " : l'action "
                        + action + " lui est refusée"));
    }

    private Optional<String> organisationOf(Account account) {
        Siren siren = Objects.requireNonNull(account.organisation(), "organisation");
        Optional<String> organisation = organisationCodes.apply(siren);
        if (organisation.isEmpty()) {
            return organisation;
        }
        return agentServices.apply(account.id()).or(() -> organisation);
    }

    private static Actor actorOf(Account account, String organisation) {
        return account.kind() == AccountKind.PARTNER_AGENT
                ? Actor.partner(organisation, account.id().toString())
                : Actor.agent(organisation, account.id().toString());
    }

    private static Optional<AuthorizationDecision> inactive(Account account) {
        if (account.status() == AccountStatus.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(AuthorizationDecision.refuse(
                RefusalReason.COMPTE_INACTIF,
                "le compte " + account.id() + " n'est pas actif (" + account.status() + ")"));
    }

    private static AuthorizationDecision agentOnly(Account account, Action action) {
        return AuthorizationDecision.refuse(
                RefusalReason.RESERVE_AUX_AGENTS,
                "le compte " + account.id() + " est un compte usager : l'action " + action
                        + " est réservée aux agents");
    }

    private static AuthorizationDecision notLinked(Account account) {
        return AuthorizationDecision.refuse(
                RefusalReason.COMPTE_NON_RATTACHE,
                "le compte usager " + account.id() + " n'est rattaché à aucun individu");
    }

    private static AuthorizationDecision unknownOrganisation(Account account) {
        return AuthorizationDecision.refuse(
                RefusalReason.ORGANISATION_INCONNUE,
                "l'organisation " + account.organisation() + " du compte " + account.id()
                        + " n'est pas connue du portail");
    }
}
