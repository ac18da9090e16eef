package fr.eadmin.benchmarks.forms;

/**
 * One form written three ways: a 40-field, 3-page request for a subsidy by an association or a company, with
 * conditional sections, a repeatable block of expenses and French identifiers (NIR, RNA, SIRET, IBAN, code
 * postal, telephone); the same rules as a JSON Schema (draft 2020-12) as an integrator would write it; and a valid
 * and an invalid submission.
 */
final class SubventionForm {
    /** The e-admin definition. */
    static final String DEFINITION = """
            {"id": "subvention", "version": 1, "title": "Demande de subvention", "pages": [
              {"id": "demandeur", "title": "Demandeur", "nodes": [
                {"node": "field", "id": "civilite", "label": "Civilité", "required": true, "type": {"kind": "single-choice",
                 "options": [{"value": "M", "label": "Monsieur"}, {"value": "Mme", "label": "Madame"}]}},
                {"node": "field", "id": "nom", "label": "Nom", "required": true, "type": {"kind": "short-text", "minLength": 1, "maxLength": 100}},
                {"node": "field", "id": "prenom", "label": "Prénom", "required": true, "type": {"kind": "short-text", "minLength": 1, "maxLength": 100}},
                {"node": "field", "id": "dateNaissance", "label": "Date de naissance", "required": true,
                 "type": {"kind": "date", "min": "1900-01-01", "max": "today-P18Y"}},
                {"node": "field", "id": "nir", "label": "Numéro de sécurité sociale", "required": true, "type": {"kind": "nir"}},
                {"node": "field", "id": "email", "label": "Adresse électronique", "required": true, "type": {"kind": "email"}},
                {"node": "field", "id": "telephone", "label": "Téléphone", "required": true, "type": {"kind": "telephone"}},
                {"node": "field", "id": "adresse", "label": "Adresse", "required": true, "type": {"kind": "short-text", "minLength": 3, "maxLength": 200}},
                {"node": "field", "id": "complement", "label": "Complément", "type": {"kind": "short-text", "maxLength": 200}},
                {"node": "field", "id": "codePostal", "label": "Code postal", "required": true, "type": {"kind": "code-postal"}},
                {"node": "field", "id": "commune", "label": "Commune", "required": true, "type": {"kind": "short-text", "minLength": 1, "maxLength": 100}},
                {"node": "field", "id": "typeDemandeur", "label": "Vous demandez pour", "required": true, "type": {"kind": "single-choice",
                 "options": [{"value": "association", "label": "Une association"}, {"value": "entreprise", "label": "Une entreprise"}]}},
                {"node": "section", "id": "sectionAssociation", "title": "Association",
                 "visibleIf": {"op": "eq", "field": "typeDemandeur", "value": "association"}, "nodes": [
                  {"node": "field", "id": "nomAssociation", "label": "Nom de l'association", "required": true,
                   "type": {"kind": "short-text", "minLength": 2, "maxLength": 200}},
                  {"node": "field", "id": "rna", "label": "Numéro RNA", "required": true, "type": {"kind": "rna"}}]},
                {"node": "section", "id": "sectionEntreprise", "title": "Entreprise",
                 "visibleIf": {"op": "eq", "field": "typeDemandeur", "value": "entreprise"}, "nodes": [
                  {"node": "field", "id": "raisonSociale", "label": "Raison sociale", "required": true,
                   "type": {"kind": "short-text", "minLength": 1, "maxLength": 200}}]},
                {"node": "field", "id": "siret", "label": "SIRET", "required": true,
                 "visibleIf": {"op": "eq", "field": "typeDemandeur", "value": "entreprise"}, "type": {"kind": "siret"}},
                {"node": "field", "id": "siretAssociation", "label": "SIRET de l'association", "type": {"kind": "siret"},
                 "visibleIf": {"op": "eq", "field": "typeDemandeur", "value": "association"}}]},
              {"id": "projet", "title": "Projet", "nodes": [
                {"node": "field", "id": "objet", "label": "Objet", "required": true, "type": {"kind": "single-choice", "options": [
                  {"value": "culture", "label": "Culture"}, {"value": "sport", "label": "Sport"},
                  {"value": "social", "label": "Social"}, {"value": "environnement", "label": "Environnement"}]}},
                {"node": "field", "id": "description", "label": "Description", "required": true, "type": {"kind": "long-text", "minLength": 20, "maxLength": 4000}},
                {"node": "field", "id": "montant", "label": "Montant demandé", "required": true,
                 "type": {"kind": "decimal", "min": 0, "max": 100000, "step": 0.01}},
                {"node": "field", "id": "nombreParticipants", "label": "Participants", "required": true, "type": {"kind": "integer", "min": 1, "max": 5000}},
                {"node": "field", "id": "dateDebut", "label": "Début", "required": true, "type": {"kind": "date", "min": "today", "max": "today+P2Y"}},
                {"node": "field", "id": "dateFin", "label": "Fin", "required": true, "type": {"kind": "date", "min": "today", "max": "today+P3Y"}},
                {"node": "field", "id": "lieu", "label": "Lieu", "required": true, "type": {"kind": "short-text", "minLength": 2, "maxLength": 200}},
                {"node": "field", "id": "publicVise", "label": "Public visé", "required": true, "type": {"kind": "multiple-choice",
                 "minSelected": 1, "maxSelected": 4, "options": [{"value": "jeunes", "label": "Jeunes"},
                 {"value": "seniors", "label": "Seniors"}, {"value": "familles", "label": "Familles"}, {"value": "tous", "label": "Tous publics"}]}},
                {"node": "field", "id": "partenaires", "label": "Partenaires", "required": true, "type": {"kind": "yes-no"}},
                {"node": "field", "id": "partenairesDetail", "label": "Lesquels", "required": true,
                 "visibleIf": {"op": "eq", "field": "partenaires", "value": true}, "type": {"kind": "long-text", "minLength": 2, "maxLength": 1000}},
                {"node": "field", "id": "budgetTotal", "label": "Budget total", "required": true, "type": {"kind": "integer", "min": 0, "max": 10000000}},
                {"node": "field", "id": "autofinancement", "label": "Autofinancement", "required": true, "type": {"kind": "integer", "min": 0, "max": 10000000}},
                {"node": "block", "id": "depenses", "label": "Dépenses", "minOccurrences": 1, "maxOccurrences": 10, "fields": [
                  {"node": "field", "id": "libelle", "label": "Libellé", "required": true, "type": {"kind": "short-text", "minLength": 1, "maxLength": 100}},
                  {"node": "field", "id": "montantDepense", "label": "Montant", "required": true, "type": {"kind": "integer", "min": 0, "max": 1000000}},
                  {"node": "field", "id": "categorie", "label": "Catégorie", "required": true, "type": {"kind": "single-choice", "options": [
                    {"value": "materiel", "label": "Matériel"}, {"value": "personnel", "label": "Personnel"},
                    {"value": "communication", "label": "Communication"}, {"value": "autre", "label": "Autre"}]}}]}]},
              {"id": "paiement", "title": "Paiement et engagements", "nodes": [
                {"node": "field", "id": "iban", "label": "IBAN", "required": true, "type": {"kind": "iban"}},
                {"node": "field", "id": "titulaire", "label": "Titulaire du compte", "required": true, "type": {"kind": "short-text", "minLength": 2, "maxLength": 100}},
                {"node": "field", "id": "referenceInterne", "label": "Référence", "type": {"kind": "short-text", "maxLength": 20, "pattern": "SUB-[0-9]{4}-[0-9]{3}"}},
                {"node": "field", "id": "signataire", "label": "Signataire", "required": true, "type": {"kind": "short-text", "minLength": 2, "maxLength": 100}},
                {"node": "field", "id": "qualiteSignataire", "label": "Qualité", "required": true, "type": {"kind": "single-choice", "options": [
                  {"value": "president", "label": "Président"}, {"value": "tresorier", "label": "Trésorier"}, {"value": "gerant", "label": "Gérant"}]}},
                {"node": "field", "id": "dateSignature", "label": "Date", "required": true, "type": {"kind": "date", "min": "today-P1M", "max": "today"}},
                {"node": "field", "id": "engagement", "label": "Je m'engage", "required": true, "type": {"kind": "checkbox"}},
                {"node": "field", "id": "exactitude", "label": "Je certifie", "required": true, "type": {"kind": "checkbox"}},
                {"node": "field", "id": "commentaire", "label": "Commentaire", "type": {"kind": "long-text", "maxLength": 2000}}]}]}
            """;

    /**
     * The definition with every identifier asked as a text with the JSON Schema's pattern: e-admin's engine on
     * exactly the checks the JSON Schema makes, without check digits or canonical forms.
     */
    static final String DEFINITION_WITH_PATTERNS = DEFINITION
            .replace("{\"kind\": \"nir\"}", pattern("[1-478][0-9]{4}(2[AB]|[0-9]{2})[0-9]{8}"))
            .replace("{\"kind\": \"email\"}", pattern("[^@ ]+@[^@ ]+\\\\.[^@ ]+"))
            .replace("{\"kind\": \"telephone\"}", pattern("(\\\\+33|0)[1-9][0-9]{8}"))
            .replace("{\"kind\": \"code-postal\"}", pattern("(0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}"))
            .replace("{\"kind\": \"rna\"}", pattern("W[0-9A-Z][0-9]{8}"))
            .replace("{\"kind\": \"siret\"}", pattern("[0-9]{14}"))
            .replace("{\"kind\": \"iban\"}", pattern("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}"));

    private static String pattern(String regex) {
        return "{\"kind\": \"short-text\", \"maxLength\": 254, \"pattern\": \"" + regex + "\"}";
    }

    /** The same rules in JSON Schema: identifiers as patterns (no check digit), conditions as if/then. */
    static final String JSON_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "additionalProperties": false,
             "properties": {
              "civilite": {"enum": ["M", "Mme"]},
              "nom": {"type": "string", "minLength": 1, "maxLength": 100},
              "prenom": {"type": "string", "minLength": 1, "maxLength": 100},
              "dateNaissance": {"type": "string", "format": "date"},
              "nir": {"type": "string", "pattern": "^[1-478][0-9]{4}(2[AB]|[0-9]{2})[0-9]{8}$"},
              "email": {"type": "string", "format": "email", "maxLength": 254},
              "telephone": {"type": "string", "pattern": "^(\\\\+33|0)[1-9][0-9]{8}$"},
              "adresse": {"type": "string", "minLength": 3, "maxLength": 200},
              "complement": {"type": "string", "maxLength": 200},
              "codePostal": {"type": "string", "pattern": "^(0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}$"},
              "commune": {"type": "string", "minLength": 1, "maxLength": 100},
              "typeDemandeur": {"enum": ["association", "entreprise"]},
              "nomAssociation": {"type": "string", "minLength": 2, "maxLength": 200},
              "rna": {"type": "string", "pattern": "^W[0-9A-Z][0-9]{8}$"},
              "raisonSociale": {"type": "string", "minLength": 1, "maxLength": 200},
              "siret": {"type": "string", "pattern": "^[0-9]{14}$"},
              "siretAssociation": {"type": "string", "pattern": "^[0-9]{14}$"},
              "objet": {"enum": ["culture", "sport", "social", "environnement"]},
              "description": {"type": "string", "minLength": 20, "maxLength": 4000},
              "montant": {"type": "number", "minimum": 0, "maximum": 100000, "multipleOf": 0.01},
              "nombreParticipants": {"type": "integer", "minimum": 1, "maximum": 5000},
              "dateDebut": {"type": "string", "format": "date"},
              "dateFin": {"type": "string", "format": "date"},
              "lieu": {"type": "string", "minLength": 2, "maxLength": 200},
              "publicVise": {"type": "array", "minItems": 1, "maxItems": 4, "uniqueItems": true,
                             "items": {"enum": ["jeunes", "seniors", "familles", "tous"]}},
              "partenaires": {"type": "boolean"},
              "partenairesDetail": {"type": "string", "minLength": 2, "maxLength": 1000},
              "budgetTotal": {"type": "integer", "minimum": 0, "maximum": 10000000},
              "autofinancement": {"type": "integer", "minimum": 0, "maximum": 10000000},
              "depenses": {"type": "array", "minItems": 1, "maxItems": 10, "items": {
                "type": "object", "additionalProperties": false, "required": ["libelle", "montantDepense", "categorie"],
                "properties": {
                  "libelle": {"type": "string", "minLength": 1, "maxLength": 100},
                  "montantDepense": {"type": "integer", "minimum": 0, "maximum": 1000000},
                  "categorie": {"enum": ["materiel", "personnel", "communication", "autre"]}}}},
              "iban": {"type": "string", "pattern": "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"},
              "titulaire": {"type": "string", "minLength": 2, "maxLength": 100},
              "referenceInterne": {"type": "string", "maxLength": 20, "pattern": "^SUB-[0-9]{4}-[0-9]{3}$"},
              "signataire": {"type": "string", "minLength": 2, "maxLength": 100},
              "qualiteSignataire": {"enum": ["president", "tresorier", "gerant"]},
              "dateSignature": {"type": "string", "format": "date"},
              "engagement": {"const": true},
              "exactitude": {"const": true},
              "commentaire": {"type": "string", "maxLength": 2000}},
             "required": ["civilite", "nom", "prenom", "dateNaissance", "nir", "email", "telephone", "adresse", "codePostal",
                          "commune", "typeDemandeur", "objet", "description", "montant", "nombreParticipants", "dateDebut",
                          "dateFin", "lieu", "publicVise", "partenaires", "budgetTotal", "autofinancement", "depenses", "iban",
                          "titulaire", "signataire", "qualiteSignataire", "dateSignature", "engagement", "exactitude"],
             "allOf": [
              {"if": {"properties": {"typeDemandeur": {"const": "association"}}, "required": ["typeDemandeur"]},
               "then": {"required": ["nomAssociation", "rna"]}},
              {"if": {"properties": {"typeDemandeur": {"const": "entreprise"}}, "required": ["typeDemandeur"]},
               "then": {"required": ["raisonSociale", "siret"]}},
              {"if": {"properties": {"partenaires": {"const": true}}, "required": ["partenaires"]},
               "then": {"required": ["partenairesDetail"]}}]}
            """;

    /** A valid submission for an association, with three expenses. */
    static final String VALID = """
            {"civilite": "Mme", "nom": "Garnier", "prenom": "Sophie", "dateNaissance": "1987-03-14",
             "nir": "287037864601286", "email": "sophie.garnier@example.fr", "telephone": "+33130000000",
             "adresse": "1 place de l'Hôtel de Ville", "codePostal": "78310", "commune": "Maurepas",
             "typeDemandeur": "association", "nomAssociation": "Comité des fêtes de Maurepas", "rna": "W783001234",
             "siretAssociation": "73282932000074",
             "objet": "culture", "description": "Organisation du festival de musique de la ville, trois jours en juin.",
             "montant": 4500.50, "nombreParticipants": 800, "dateDebut": "2027-06-18", "dateFin": "2027-06-20",
             "lieu": "Parc de la mairie", "publicVise": ["familles", "jeunes"], "partenaires": true,
             "partenairesDetail": "Conseil départemental des Yvelines", "budgetTotal": 25000, "autofinancement": 8000,
             "depenses": [
              {"libelle": "Location de scène", "montantDepense": 9000, "categorie": "materiel"},
              {"libelle": "Cachets des artistes", "montantDepense": 12000, "categorie": "personnel"},
              {"libelle": "Affiches et programmes", "montantDepense": 4000, "categorie": "communication"}],
             "iban": "FR1420041010050500013M02606", "titulaire": "Comité des fêtes de Maurepas",
             "referenceInterne": "SUB-2027-001", "signataire": "Sophie Garnier", "qualiteSignataire": "president",
             "dateSignature": "2026-11-20", "engagement": true, "exactitude": true}
            """;

    /**
     * The valid submission with four defects every contender sees (amount too large, code postal malformed, RNA
     * missing, an expense's category not offered) and one only e-admin sees (the NIR's key).
     */
    static final String INVALID = VALID.replace("\"montant\": 4500.50", "\"montant\": 150000")
            .replace("\"78310\"", "\"7831\"")
            .replace("\"rna\": \"W783001234\",", "")
            .replace("\"categorie\": \"personnel\"", "\"categorie\": \"buvette\"")
            .replace("287037864601286", "287037864601287");

    private SubventionForm() {}
}
