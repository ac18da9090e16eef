package fr.eadmin.core.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.MutableConfigOverride;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.eadmin.core.Actor;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.dossier.PieceId;
import fr.eadmin.core.dossier.ValidityRule;
import fr.eadmin.core.identifier.Bic;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.CodePostal;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Iban;
import fr.eadmin.core.identifier.Nir;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Siren;
import fr.eadmin.core.identifier.Siret;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The Jackson module of e-admin core, for a portal to register in its own {@code ObjectMapper}:
 *
 * <ul>
 *   <li>identifiers (SIREN, SIRET, RNA, NIR, code INSEE, code postal, IBAN, BIC, telephone, email, and the
 *       technical ids, and an {@link Actor} as its reference) are written as their canonical string and read with their {@code parse} method; an
 *       invalid one fails with an {@link com.fasterxml.jackson.databind.exc.InvalidFormatException} whose
 *       path names the field and whose message does not quote the value;
 *   <li>a {@link Usager} carries a {@code "type"} property: {@code individu}, {@code foyer},
 *       {@code entreprise} or {@code association}; so do a {@link LieuNaissance} ({@code france},
 *       {@code etranger}) and a {@link ValidityRule} ({@code permanente}, {@code periode},
 *       {@code date-expiration}, {@code fin-annee});
 *   <li>{@code java.time} values are ISO-8601 strings ({@code "2026-03-14"}, {@code "2026-03-14T09:30:00Z"}):
 *       the module registers the {@link JavaTimeModule} and asks for the string shape unless the mapper
 *       already configured a format for the type;
 *   <li>every other value is a record, written with its components.
 * </ul>
 *
 * {@snippet :
 * ObjectMapper mapper = JsonMapper.builder().addModule(new EAdminModule()).build();
 * String json = mapper.writeValueAsString(usager);          // {"type":"individu","id":"0192...",...}
 * Usager back = mapper.readValue(json, Usager.class);
 * }
 *
 * <p>{@link EAdminJson#newObjectMapper()} gives a mapper with this module and the settings e-admin uses to
 * store aggregates.
 */
public final class EAdminModule extends SimpleModule {
    @Serial
    private static final long serialVersionUID = 1L;

    private static final List<Class<?>> TIME_TYPES = List.of(
            Instant.class,
            LocalDate.class,
            LocalDateTime.class,
            LocalTime.class,
            OffsetDateTime.class,
            ZonedDateTime.class,
            Year.class,
            YearMonth.class,
            Duration.class);

    /** Creates the module. */
    public EAdminModule() {
        super("e-admin");
        identifier(Siren.class, "SIREN", Siren::parse);
        identifier(Siret.class, "SIRET", Siret::parse);
        identifier(Rna.class, "RNA", Rna::parse);
        identifier(Nir.class, "NIR", Nir::parse);
        identifier(CodeInsee.class, "code INSEE", CodeInsee::parse);
        identifier(CodePostal.class, "code postal", CodePostal::parse);
        identifier(Iban.class, "IBAN", Iban::parse);
        identifier(Bic.class, "BIC", Bic::parse);
        identifier(Telephone.class, "telephone", Telephone::parse);
        identifier(Email.class, "email", Email::parse);
        identifier(UsagerId.class, "usager id", UsagerId::parse);
        identifier(DemandeId.class, "demande id", DemandeId::parse);
        identifier(PieceId.class, "piece id", PieceId::parse);
        addSerializer(Actor.class, new ActorSerializer());
        addDeserializer(Actor.class, new IdentifierDeserializer<>(Actor.class, "actor", Actor::parse));
        setMixInAnnotation(Usager.class, Mixins.UsagerMixin.class);
        setMixInAnnotation(LieuNaissance.class, Mixins.LieuNaissanceMixin.class);
        setMixInAnnotation(ValidityRule.class, Mixins.ValidityRuleMixin.class);
    }

    @Override
    public Iterable<? extends Module> getDependencies() {
        return List.of(new JavaTimeModule());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        for (Class<?> type : TIME_TYPES) {
            MutableConfigOverride override = context.configOverride(type);
            if (override.getFormat() == null) {
                override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
            }
        }
    }

    private <T> void identifier(Class<T> type, String name, IdentifierDeserializer.Parser<T> parser) {
        addSerializer(type, ToStringSerializer.instance);
        addDeserializer(type, new IdentifierDeserializer<>(type, name, parser));
    }
}
