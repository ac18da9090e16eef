package fr.eadmin.forms;

import fr.eadmin.forms.json.FormDefinitionJson;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Definitions of real téléservices the properties quantify over, and the clock they are validated at. */
final class RealDefinitions {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneId.of("Europe/Paris"));

    /** The conservatoire form of the forms module's tests: exit rule, section, block, checkbox, display. */
    static final FormDefinition CONSERVATOIRE = FormDefinitionJson.read("""
            {"id": "inscription-conservatoire", "version": 1, "title": "Inscription au conservatoire", "pages": [
              {"id": "responsable", "title": "Responsable légal", "nodes": [
                {"node": "field", "id": "nom", "label": "Nom", "required": true,
                 "type": {"kind": "short-text", "minLength": 1, "maxLength": 100}},
                {"node": "field", "id": "email", "label": "Adresse électronique", "required": true,
                 "type": {"kind": "email"}},
                {"node": "field", "id": "telephone", "label": "Téléphone", "type": {"kind": "telephone"}},
                {"node": "field", "id": "codePostal", "label": "Code postal", "required": true,
                 "type": {"kind": "code-postal"}},
                {"node": "field", "id": "commune", "label": "Commune", "required": true,
                 "type": {"kind": "short-text", "maxLength": 100}}],
               "exitRules": [
                {"id": "horsDepartement",
                 "when": {"op": "not", "condition": {"op": "starts-with", "field": "codePostal", "value": "78"}},
                 "message": "Le conservatoire accueille les familles domiciliées dans les Yvelines."}]},
              {"id": "inscription", "title": "Inscription", "nodes": [
                {"node": "field", "id": "discipline", "label": "Discipline", "required": true,
                 "type": {"kind": "single-choice", "options": [
                   {"value": "musique", "label": "Musique"}, {"value": "danse", "label": "Danse"},
                   {"value": "theatre", "label": "Théâtre"}]}},
                {"node": "field", "id": "certificatMedical", "label": "Certificat médical", "required": true,
                 "visibleIf": {"op": "eq", "field": "discipline", "value": "danse"},
                 "type": {"kind": "file", "mediaTypes": ["application/pdf", "image/jpeg"], "maxSize": 5000000}},
                {"node": "field", "id": "tarif", "label": "Tarif", "required": true,
                 "type": {"kind": "single-choice", "options": [
                   {"value": "plein", "label": "Plein tarif"},
                   {"value": "quotient", "label": "Selon le quotient familial"}]}},
                {"node": "section", "id": "sectionQuotient", "title": "Quotient familial",
                 "visibleIf": {"op": "eq", "field": "tarif", "value": "quotient"}, "nodes": [
                   {"node": "field", "id": "quotient", "label": "Quotient familial", "required": true,
                    "type": {"kind": "integer", "min": 0, "max": 10000}},
                   {"node": "field", "id": "attestationQf", "label": "Attestation de quotient familial",
                    "required": true, "type": {"kind": "file", "mediaTypes": ["application/pdf"],
                    "maxSize": 5000000, "maxCount": 1, "pieceType": "ATTESTATION_QUOTIENT_FAMILIAL"}}]},
                {"node": "block", "id": "enfants", "label": "Enfants", "minOccurrences": 1, "maxOccurrences": 6,
                 "fields": [
                   {"node": "field", "id": "prenom", "label": "Prénom", "required": true,
                    "type": {"kind": "short-text", "maxLength": 60}},
                   {"node": "field", "id": "naissance", "label": "Date de naissance", "required": true,
                    "type": {"kind": "date", "min": "today-P25Y", "max": "today-P3Y"}},
                   {"node": "field", "id": "instrument", "label": "Instrument", "required": true,
                    "visibleIf": {"op": "eq", "field": "discipline", "value": "musique"},
                    "type": {"kind": "single-choice", "other": true, "options": [
                      {"value": "piano", "label": "Piano"}, {"value": "violon", "label": "Violon"}]}}]},
                {"node": "field", "id": "nombreEnfants", "label": "Nombre d'enfants",
                 "type": {"kind": "display", "text": "Un tarif dégressif s'applique à partir du deuxième enfant."},
                 "visibleIf": {"op": "count", "block": "enfants", "compare": "ge", "value": 2}},
                {"node": "field", "id": "reglement", "label": "J'accepte le règlement intérieur", "required": true,
                 "type": {"kind": "checkbox"}}]}]}
            """);

    /**
     * A subsidy request of an association: every identifier, patterns, decimal steps, multiple choices, a block
     * with a computed total and conditions inside it, a page shown on a condition.
     */
    static final FormDefinition SUBVENTION = FormDefinitionJson.read("""
            {"id": "demande-subvention", "version": 2, "title": "Demande de subvention", "pages": [
              {"id": "association", "title": "Association", "nodes": [
                {"node": "field", "id": "nomAssociation", "label": "Nom de l'association", "required": true,
                 "type": {"kind": "short-text", "minLength": 2, "maxLength": 120}},
                {"node": "field", "id": "rna", "label": "Numéro RNA", "required": true, "type": {"kind": "rna"}},
                {"node": "field", "id": "siret", "label": "SIRET", "type": {"kind": "siret"}},
                {"node": "field", "id": "siren", "label": "SIREN", "visibleIf": {"op": "empty", "field": "siret"},
                 "type": {"kind": "siren"}},
                {"node": "field", "id": "iban", "label": "IBAN", "required": true, "type": {"kind": "iban"}},
                {"node": "field", "id": "codePostal", "label": "Code postal du siège", "required": true,
                 "type": {"kind": "code-postal"}},
                {"node": "field", "id": "reference", "label": "Référence du dossier",
                 "type": {"kind": "short-text", "maxLength": 20, "pattern": "SUB-[0-9]{4}-[A-Z]{2}"}},
                {"node": "field", "id": "domaines", "label": "Domaines", "required": true,
                 "type": {"kind": "multiple-choice", "minSelected": 1, "maxSelected": 2, "other": true, "options": [
                   {"value": "sport", "label": "Sport"}, {"value": "culture", "label": "Culture"},
                   {"value": "social", "label": "Social"}]}}]},
              {"id": "projet", "title": "Projet", "nodes": [
                {"node": "field", "id": "montant", "label": "Montant demandé (€)", "required": true,
                 "type": {"kind": "decimal", "min": 100, "max": 50000, "step": 0.01}},
                {"node": "field", "id": "participants", "label": "Nombre de participants", "required": true,
                 "type": {"kind": "integer", "min": 5, "max": 5000, "step": 5}},
                {"node": "field", "id": "debut", "label": "Début du projet", "required": true,
                 "type": {"kind": "date", "min": "today", "max": "today+P2Y"}},
                {"node": "field", "id": "description", "label": "Description", "required": true,
                 "type": {"kind": "long-text", "minLength": 20, "maxLength": 2000}},
                {"node": "block", "id": "intervenants", "label": "Intervenants", "minOccurrences": 0,
                 "maxOccurrences": 4, "fields": [
                   {"node": "field", "id": "intervenantNom", "label": "Nom", "required": true,
                    "type": {"kind": "short-text", "maxLength": 60}},
                   {"node": "field", "id": "salarie", "label": "Salarié de l'association", "required": true,
                    "type": {"kind": "yes-no"}},
                   {"node": "field", "id": "nir", "label": "Numéro de sécurité sociale", "required": true,
                    "visibleIf": {"op": "eq", "field": "salarie", "value": true}, "type": {"kind": "nir"}},
                   {"node": "field", "id": "heures", "label": "Heures", "type": {"kind": "integer", "min": 1, "max": 500}},
                   {"node": "field", "id": "taux", "label": "Taux horaire", "visibleIf": {"op": "gt", "field": "heures", "value": 10},
                    "type": {"kind": "decimal", "min": 0, "max": 200, "step": 0.5}},
                   {"node": "field", "id": "cout", "label": "Coût", "type": {"kind": "computed", "sumOf": ["heures", "taux"]}}]}]},
              {"id": "contact", "title": "Contact", "visibleIf": {"op": "ge", "field": "montant", "value": 1000},
               "nodes": [
                {"node": "field", "id": "email", "label": "Adresse électronique", "required": true, "type": {"kind": "email"}},
                {"node": "field", "id": "telephone", "label": "Téléphone", "type": {"kind": "telephone"}},
                {"node": "field", "id": "statuts", "label": "Statuts", "required": true,
                 "type": {"kind": "file", "mediaTypes": ["application/pdf"], "maxSize": 2000000, "maxCount": 2}},
                {"node": "field", "id": "engagement", "label": "Je certifie l'exactitude des informations",
                 "required": true, "type": {"kind": "checkbox"}}]}]}
            """);

    private RealDefinitions() {}
}
