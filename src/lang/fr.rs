//! Every word the reader sees, in French: the default language, the console's own.
//!
//! Typography: a non-breaking space (`\u{a0}`) before a colon and inside guillemets, written as an escape
//! so that it shows in review; a native test checks every text.

use crate::lang::words::Words;

/// The French texts.
pub const FR: Words = Words {
    colon: "\u{a0}:",
    quoted: "«\u{a0}{text}\u{a0}»",

    title: "Adresses de délégation PRONOTE.net vers l’ENT",
    intro: "Choisissez votre ENT et votre hébergement\u{a0}: chaque adresse à saisir dans la console d’hébergement \
            PRONOTE («\u{a0}Déléguer l’authentification\u{a0}») ou à transmettre à l’ENT est calculée ici, prête à copier.",
    language_switch: "Langue\u{a0}: English",
    other_language: "English",
    other_language_code: "en",
    ent_legend: "1. Votre ENT («\u{a0}Mon ENT\u{a0}» dans la console)",
    ent_search: "Rechercher un ENT",
    ent_search_hint: "Nom, région, académie ou famille ; accents et majuscules ignorés.",
    ent_list: "ENT",
    ent_none: "— Aucun ENT choisi —",
    ent_no_match: "Aucun ENT ne correspond à cette recherche.",
    ent_matches: "{count} ENT correspondant(s)",
    ent_family: "Famille",
    ent_region: "Région ou académie",
    ent_sources: "Sources",
    ent_notes: "Remarques",
    ent_disagreement: "Les sources ne concordent pas",
    ent_provenance_loading: "Chargement des sources…",
    ent_provenance_failed: "Les notes et sources de cet ENT n’ont pas pu être chargées ; les adresses restent valables",
    ent_validation: "Lien de validation",
    ent_validation_seen: "adresse de validation relevée dans une source",
    ent_validation_derived: "adresse de validation déduite de l’URL du serveur CAS (valeur par défaut de la console)",
    hosting_legend: "2. Hébergement de PRONOTE.net",
    hosting_index_education: "Hébergé chez Index Education",
    hosting_toutatice: "Domaine Toutatice (pronote.toutatice.fr)",
    hosting_custom: "Serveur de l’établissement (autre adresse)",
    uai_label: "UAI (code établissement) ou nom d’hébergement",
    uai_hint: "Exemple\u{a0}: 0310047H. La lettre finale est vérifiée.",
    url_label: "Adresse de PRONOTE.net",
    url_hint: "Collez n’importe quelle adresse de votre PRONOTE (un espace, une page mobile…)\u{a0}: elle est ramenée à la racine.",
    root_found: "Racine retenue\u{a0}: ",
    space: "Espace",
    publish: "Publier",
    delegation: "Délégation d’authentification",
    commune_fell_back: "La Page commune passe en «\u{a0}Aucune\u{a0}»\u{a0}: la console ne lui donne une délégation que si tous \
                        les autres espaces publiés ont la même.",
    cas_heading: "Fenêtre «\u{a0}Définir une délégation CAS\u{a0}»",
    cas_hint: "Dans la console d’hébergement PRONOTE, onglet «\u{a0}Déléguer l’authentification\u{a0}», engrenage de la \
               ligne CAS. Chaque valeur se saisit telle quelle ; l’URL d’authentification s’écrit sans «\u{a0}?service=\u{a0}»\u{a0}: \
               PRONOTE ajoute lui-même le service.",
    cas_needs_ent: "Choisissez un ENT pour obtenir ses adresses CAS.",
    cas_unused: "Aucun espace publié n’a la délégation CAS\u{a0}: la console ne demande alors aucune adresse CAS.",
    registry_heading: "Pour l’administrateur de l’ENT (serveur CAS)",
    registry_hint: "PRONOTE envoie comme service la page ouverte (racine, espace, page mobile…)\u{a0}: l’ENT doit \
                    autoriser toute la racine, pas une seule adresse. Apereo CAS et Open ENT NG lisent l’expression \
                    régulière, les registres CAS 3 le motif «\u{a0}**\u{a0}», Keycloak l’URI terminée par «\u{a0}*\u{a0}».",
    verify_heading: "Vérifier",
    verify_hint: "Rien ici ne se saisit dans la console\u{a0}: ce lien ouvre la connexion par l’ENT comme PRONOTE la \
                  demande, pour tester la délégation une fois la base publiée.",
    verify_needs_cas: "Le lien de test apparaît quand un ENT est choisi et qu’un espace publié a la délégation CAS.",
    verify_test_link: "Tester la connexion par l’ENT (nouvel onglet)",
    verify_success: "Réussite\u{a0}: la page de connexion de l’ENT s’ouvre, puis, une fois connecté, PRONOTE s’affiche \
                     sans redemander d’identifiant.",
    verify_not_allowed: "«\u{a0}Application not allowed to use CAS\u{a0}» ou «\u{a0}service non autorisé\u{a0}»\u{a0}: l’ENT n’a pas \
                         enregistré le service ; transmettez-lui le motif ci-dessus.",
    verify_ticket_refused: "Retour sur PRONOTE avec «\u{a0}ticket=ST-…\u{a0}» dans l’adresse, mais un refus\u{a0}: l’URL de \
                            validation est fausse, ou le compte n’est pas relié («\u{a0}Identifiant CAS\u{a0}», dans les \
                            «\u{a0}Paramètres d’identification des utilisateurs\u{a0}»).",
    verify_login_page: "La page de l’ENT ne s’ouvre pas ou affiche une erreur\u{a0}: l’URL d’authentification est fausse.",
    show_direct_logins: "Connexions directes (?login=true)",
    edit_spaces: "Modifier la publication et la délégation",
    delegation_short: "Délégation",
    yes: "oui",
    no: "non",
    ent_in_console: "dans la console\u{a0}: «\u{a0}{label}\u{a0}»",
    spaces_heading: "Adresses de connexion des internautes",
    desktop: "Ordinateur",
    mobile: "Mobile",
    waiting_for_hosting: "Les adresses apparaîtront dès que l’hébergement sera renseigné.",
    copy: "Copier",
    copied: "Copié",
    copy_fallback_copied: "Copié (méthode de secours\u{a0}: le presse-papiers du navigateur est indisponible).",
    copy_fallback_selected: "Le presse-papiers est indisponible\u{a0}: le texte est sélectionné, appuyez sur Ctrl+C (⌘+C sur Mac).",
    show_qr: "QR codes (application PRONOTE)",
    qr_caption: "Chaque QR code ouvre l’espace dans l’application PRONOTE",
    qr_not_login: "Ce n’est pas un QR code de connexion\u{a0}: il ouvre seulement l’adresse ; l’identification se fait ensuite.",
    exports_heading: "Tout copier",
    export_text: "Texte",
    export_markdown: "Tableau Markdown",
    export_csv: "CSV",
    export_json: "JSON",
    guidance_heading: "Autres délégations",
    guidance_educonnect: "EduConnect\u{a0}: aucune adresse à saisir. Dans la console, cochez «\u{a0}Protocole EduConnect\u{a0}» \
                          puis déclarez l’établissement ; la console transmet elle-même l’adresse de PRONOTE.net.",
    guidance_ws_federation: "WS-Federation (ADFS)\u{a0}: la console demande l’adresse des métadonnées du fournisseur \
                             d’identité, de la forme https://<serveur ADFS>/FederationMetadata/2007-06/FederationMetadata.xml, \
                             fournie par le gestionnaire de l’ADFS ; l’adresse de PRONOTE.net (ci-dessus) est à lui communiquer.",
    guidance_saml: "SAML (serveurs récents)\u{a0}: même principe, avec l’adresse des métadonnées du fournisseur d’identité.",
    presets_loading: "Chargement des ENT supplémentaires…",
    diagnose_toggle: "La délégation échoue ? Diagnostiquer une adresse",
    diagnose_label: "Adresse affichée par le navigateur (page d’erreur de l’ENT, page PRONOTE, lien)",
    diagnose_hint: "Collez l’adresse telle quelle\u{a0}: elle est lue ici, rien n’est envoyé.",
    brief_hint: "Le service n’est pas enregistré par l’ENT ? ",
    brief_link: "Écrire à l’administrateur de l’ENT (message prêt à envoyer)",
    embed_toggle: "Intégrer ce calculateur dans une page",
    embed_parts: "Parties affichées",
    embed_code: "Code à coller dans la page",
    embed_note: "Copiez tout le dossier du calculateur (widget.js, le .wasm, les .css, provenance.json) sur votre \
                 serveur, dans n’importe quel sous-dossier, et faites pointer src vers son widget.js.",

    // --- The console's steps, the standalone page and the printed sheet (#25) ---------------------------
    checklist_heading: "Dans la console, étape par étape",
    checklist_sign_in: "Se connecter à la console d’hébergement PRONOTE.",
    checklist_open_pronote_net: "Ouvrir *PRONOTE.net*.",
    checklist_stop_publishing: "Cliquer sur *Arrêter la publication* (les réglages ne changent que base non publiée).",
    checklist_delegation_tab: "Ouvrir l’onglet *Déléguer l’authentification*.",
    checklist_cas_gear: "Cliquer sur l’engrenage en face de la ligne *CAS*.",
    checklist_choose_ent: "Choisir son ENT dans la liste *Mon ENT*.",
    checklist_confirm: "Confirmer par *Oui*\u{a0}: la console remplit les adresses.",
    checklist_compare: "Comparer chaque champ avec la fenêtre «\u{a0}Définir une délégation CAS\u{a0}» calculée ici.",
    checklist_validate: "Cliquer sur *Valider*.",
    checklist_space_delegations: "Choisir la délégation de chaque espace (colonne *Cas*).",
    checklist_publish: "Cliquer sur *Publier la base*, puis tester la connexion par l’ENT.",
    procedure_link: "La procédure détaillée",
    page_title: "Adresses de délégation PRONOTE.net vers l’ENT (CAS)",
    results_heading: "Les adresses de votre établissement",
    print_sheet: "Imprimer la fiche",
    sheet_heading: "Fiche de délégation CAS",
    sheet_school: "Établissement",
    sheet_ent: "ENT",
    sheet_printed: "Fiche du {date}, calculateur version {version}.",

    space_commune: "Page commune",
    space_direction: "Espace Direction",
    space_professeur: "Espace Professeurs",
    space_vie_scolaire: "Espace Vie scolaire",
    space_parent: "Espace Parents",
    space_accompagnant: "Espace Accompagnants",
    space_eleve: "Espace Elèves",
    space_entreprise: "Espace Entreprise",
    space_academie: "Espace Académie",
    delegation_none: "Aucune",
    family_other: "Autre serveur CAS",
    dialog_delegation_name: "Nom de la délégation",
    dialog_mon_ent: "Mon ENT",
    dialog_cas_server: "URL du serveur CAS",
    dialog_separate_addresses: "Les adresses d'authentification et de validation sont différentes",
    dialog_not_listed: "(absent de la liste\u{a0}: laisser «\u{a0}Mon ENT\u{a0}» vide et saisir les adresses)",
    page_etablissement: "Page Etablissement",

    address_root: "Service envoyé par la Page commune (racine de PRONOTE.net)",
    address_cas_login: "URL d'authentification",
    address_cas_validation: "URL de validation",
    address_ent_url: "URL à communiquer au socle ENT",
    address_cas_login_link: "Lien de connexion par l'ENT, avec le service de l'établissement",
    address_service_pattern: "Expression régulière (Apereo CAS, Open ENT NG)",
    address_service_ant: "Motif Ant «\u{a0}**\u{a0}» (registres CAS 3, comme la console l'affiche)",
    address_service_keycloak: "URI de redirection valide (Keycloak, protocole CAS)",
    address_direct_login_url: "URL à communiquer aux utilisateurs de PRONOTE pour une connexion directe",
    address_desktop: "{space} — adresse",
    address_mobile: "{space} — adresse mobile",
    address_direct_login: "{space} — connexion directe",
    address_group_cas_dialog: "Délégation CAS (console d'hébergement PRONOTE)",
    address_group_cas_registry: "Enregistrement du service dans le CAS de l'ENT",
    address_group_verify: "Vérifier la délégation",
    address_group_spaces: "Adresses des espaces",

    export_title: "Adresses PRONOTE.net\u{a0}: {root}",
    export_column_label: "Élément",
    export_column_address: "Adresse",
    export_csv_group: "groupe",
    export_csv_key: "clé",
    export_csv_label: "libellé",
    export_csv_address: "adresse",

    brief_subject: "PRONOTE {school}\u{a0}: service CAS à enregistrer",
    brief_opening: "Bonjour,\r\n\r\nL'établissement {school} publie PRONOTE.net à l'adresse {root} et délègue \
                    l'authentification au serveur CAS {ent}. Merci d'enregistrer ce service, toute page sous cette \
                    racine (PRONOTE envoie la page ouverte, avec sa requête), l'hôte sans tenir compte de la \
                    casse\u{a0}:\r\n",
    brief_unnamed_ent: "de l'ENT",
    brief_validation: "\r\nPRONOTE validera les tickets à l'adresse\u{a0}: {validation}\r\n",
    brief_closing: "\r\nMerci.\r\n",

    error_unknown_hosting: "Hébergement inconnu «\u{a0}{value}\u{a0}»\u{a0}: les valeurs possibles sont \
                            index-education, toutatice et custom.",
    error_uai_empty: "Saisissez le code UAI de l'établissement (7 chiffres et une lettre, par exemple 0310047H).",
    error_uai_wrong_check_letter: "La lettre finale du code UAI «\u{a0}{uai}\u{a0}» ne correspond pas à ses 7 \
                                   chiffres\u{a0}: elle devrait être {expected}. Vérifiez le code sur un document \
                                   officiel de l'établissement.",
    error_uai_missing_check_letter: "Il manque la lettre finale du code UAI «\u{a0}{uai}\u{a0}»\u{a0}: avec ces 7 \
                                     chiffres, le code complet est {uai}{expected}.",
    error_uai_malformed: "«\u{a0}{input}\u{a0}» n'est pas un code UAI\u{a0}: un code UAI compte 7 chiffres suivis \
                          d'une lettre (par exemple 0310047H).",
    error_uai_corsican: "«\u{a0}{input}\u{a0}»\u{a0}: en Corse, le code UAI écrit 2A en 620 et 2B en 720. Le code \
                         est sans doute {corrected}.",
    error_label_invalid: "«\u{a0}{label}\u{a0}» ne peut pas débuter une adresse PRONOTE.net\u{a0}: saisissez \
                          seulement le code UAI (par exemple 0310047H) ou le nom d'hébergement (lettres, chiffres et \
                          tirets), sans https:// ni .index-education.net.",
    error_uai_required: "Les PRONOTE.net de Toutatice sont publiés sous le code UAI de l'établissement (7 chiffres \
                         et une lettre)\u{a0}: «\u{a0}{label}\u{a0}» n'en est pas un.",
    error_url_empty: "Collez l'adresse de votre PRONOTE.net, copiée depuis la barre d'adresse du navigateur (par \
                      exemple https://pronote.mon-lycee.fr/pronote/).",
    error_url_unparsable: "«\u{a0}{input}\u{a0}» n'est pas une adresse web valide. Copiez l'adresse depuis la \
                           barre d'adresse du navigateur, sur une page de votre PRONOTE.net (un nom de serveur \
                           accentué s'écrit en punycode, xn--…).",
    error_url_scheme: "L'adresse commence par «\u{a0}{scheme}:\u{a0}»\u{a0}: une adresse PRONOTE.net commence par \
                       https:// (ou http://).",
    error_url_no_host: "L'adresse ne contient pas de nom de serveur\u{a0}: elle doit avoir la forme \
                        https://serveur/pronote/.",
    error_url_is_ent_address: "«\u{a0}{host}\u{a0}» est {whose}, pas celle de PRONOTE.net\u{a0}: ouvrez PRONOTE \
                               (depuis l'ENT si vous y passez), puis copiez l'adresse affichée dans la barre \
                               d'adresse du navigateur (par exemple https://pronote.mon-lycee.fr/pronote/eleve.html).",
    error_whose_ent: "l'adresse de l'ENT «\u{a0}{ent}\u{a0}»",
    error_whose_unknown: "l'adresse d'un ENT",
    error_unknown_ent: "L'ENT «\u{a0}{id}\u{a0}» n'est pas dans la liste\u{a0}: choisissez votre ENT parmi ceux \
                        proposés.",

    preset_unreadable: "Le fichier de préréglages «\u{a0}{file}\u{a0}» est illisible\u{a0}: {more}",
    preset_unreachable: "Le fichier de préréglages «\u{a0}{file}\u{a0}» n'a pas pu être chargé\u{a0}: {more}",
    preset_http_status: "Le fichier de préréglages «\u{a0}{file}\u{a0}» n'a pas pu être chargé\u{a0}: le \
                         serveur répond {status}.",
    preset_html_page: "«\u{a0}{file}\u{a0}» est une page web, pas un fichier de préréglages JSON\u{a0}: \
                       vérifiez son adresse.",
    preset_too_large: "Le fichier de préréglages «\u{a0}{file}\u{a0}» dépasse 256\u{a0}Kio\u{a0}: ce n'est pas \
                       un fichier de préréglages.",
    preset_not_a_list: "Le fichier de préréglages «\u{a0}{file}\u{a0}» doit contenir une liste JSON de \
                        préréglages.",
    preset_too_many_entries: "Le fichier de préréglages «\u{a0}{file}\u{a0}» compte plus de 500 préréglages.",
    preset_not_a_preset: "«\u{a0}{file}\u{a0}» n'est pas un préréglage (un objet JSON est attendu).",
    preset_unknown_field: "Le préréglage «\u{a0}{file}\u{a0}» contient un champ inconnu «\u{a0}{field}\u{a0}» \
                           (faute de frappe\u{a0}?).",
    preset_missing_field: "Le préréglage «\u{a0}{file}\u{a0}» n'a pas le champ obligatoire «\u{a0}{field}\u{a0}».",
    preset_wrong_type: "Dans le préréglage «\u{a0}{file}\u{a0}», le champ «\u{a0}{field}\u{a0}» n'a pas le bon \
                        type (un texte, ou une liste de textes pour keywords et sources).",
    preset_bad_id: "Dans le préréglage «\u{a0}{file}\u{a0}», l'identifiant «\u{a0}{value}\u{a0}» doit s'écrire \
                    en minuscules, chiffres, «\u{a0}_\u{a0}» et «\u{a0}-\u{a0}» (64 caractères au plus).",
    preset_id_not_file_name: "Dans le préréglage «\u{a0}{file}\u{a0}», l'identifiant «\u{a0}{value}\u{a0}» doit \
                              être le nom du fichier, «\u{a0}{more}\u{a0}».",
    preset_not_allowed: "Dans le préréglage «\u{a0}{file}\u{a0}», le champ «\u{a0}{field}\u{a0}» vaut \
                         «\u{a0}{value}\u{a0}»\u{a0}: les valeurs possibles sont {more}.",
    preset_duplicate_id: "Le préréglage «\u{a0}{file}\u{a0}» reprend l'identifiant «\u{a0}{value}\u{a0}», déjà \
                          utilisé par un autre ENT.",
    preset_not_https: "Dans le préréglage «\u{a0}{file}\u{a0}», le champ «\u{a0}{field}\u{a0}» doit être une \
                       adresse https://\u{a0}: «\u{a0}{value}\u{a0}».",
    preset_bad_address: "Dans le préréglage «\u{a0}{file}\u{a0}», le champ «\u{a0}{field}\u{a0}» n'est pas une \
                          adresse CAS valable ({more})\u{a0}: «\u{a0}{value}\u{a0}».",
    flaw_unparsable: "ce n'est pas une adresse web",
    flaw_no_host: "sans nom de serveur",
    flaw_credentials: "un identifiant ou un mot de passe n'a rien à y faire",
    flaw_fragment: "un «\u{a0}#\u{a0}» n'a rien à y faire",
    flaw_spaces: "elle contient des espaces",
    flaw_service_in_login: "sans «\u{a0}service=\u{a0}»\u{a0}: PRONOTE l'ajoute lui-même",
    flaw_query: "sans «\u{a0}?\u{a0}» ni paramètres",
    flaw_stacked_validation: "deux chemins de validation bout à bout, n'en gardez qu'un",
    flaw_base_with_endpoint: "la base s'arrête avant /login ou /…Validate",

    warning_plain_http: "Adresse en http:// et non https://\u{a0}: les identifiants et les tickets CAS y \
                         circulent en clair, et bien des ENT refusent un service en http. Utilisez l'adresse \
                         https:// de votre PRONOTE.net si elle existe.",
    warning_non_default_port: "L'adresse utilise le port {port}\u{a0}: il fait partie de l'adresse de service, \
                               l'ENT doit l'enregistrer tel quel.",
    warning_ip_host: "Le serveur est désigné par son adresse IP ({host})\u{a0}: le service enregistré à l'ENT ne \
                      vaudra que pour cette adresse exacte. Préférez le nom de serveur public de votre PRONOTE.net \
                      s'il en a un.",
    warning_demo_instance: "C'est le PRONOTE de démonstration d'Index Education, pas celui d'un \
                            établissement\u{a0}: saisissez le code UAI de votre établissement.",
    warning_ent_address_used: "L'adresse collée est celle de l'ENT ({host})\u{a0}: l'adresse PRONOTE qu'elle \
                               contenait a été reprise.",
    warning_ent_address_pasted: "L'adresse collée semble être celle de l'ENT ({host}), pas celle de \
                                 PRONOTE.net\u{a0}: collez l'adresse affichée par le navigateur sur une page de \
                                 PRONOTE.",
    warning_label_not_uai: "«\u{a0}{label}\u{a0}» n'est pas un code UAI\u{a0}: l'adresse est construite avec ce nom \
                            tel quel. Vérifiez qu'il apparaît bien dans l'adresse de votre PRONOTE.net.",
    warning_validation_derived: "Aucune source publique ne donne le lien de validation de «\u{a0}{ent}\u{a0}»\u{a0}: \
                                 il est déduit comme le fait la console (adresse du serveur CAS suivie de \
                                 /samlValidate). Faites-le confirmer par l'ENT.",
    warning_login_derived: "L'adresse de connexion de «\u{a0}{ent}\u{a0}» est déduite, pas vue dans une \
                            source\u{a0}: faites-la confirmer par l'ENT.",
    warning_hosts_differ: "Adresses CAS sur des hôtes différents ({hosts})\u{a0}: faites-les confirmer par l'ENT.",
    warning_sources_disagree: "Les sources publiques ne concordent pas sur les adresses CAS de \
                               «\u{a0}{ent}\u{a0}»\u{a0}: faites-les confirmer par l'ENT avant de les publier.",
    warning_transient_removed: "Paramètres retirés de l'adresse collée\u{a0}: {names}. Propres à une session ou à \
                                une page, ils ne doivent pas être publiés.",
    warning_transient_removed_and_others: "Paramètres retirés de l'adresse collée\u{a0}: {names} et d'autres. \
                                           Propres à une session ou à une page, ils ne doivent pas être publiés.",
    warning_query_removed: "Les paramètres de l'adresse collée (après «\u{a0}?\u{a0}» ou avant «\u{a0}@\u{a0}») ont \
                            été retirés\u{a0}: l'adresse de base de PRONOTE.net n'en a pas.",
    warning_commune_fell_back: "La Page commune ne prend la délégation {kind} que si tous les autres espaces \
                                publiés l'ont aussi\u{a0}: elle reste sans délégation.",

    finding_service_matches: "Le service {service} est bien sous la racine de l'établissement.",
    finding_service_scheme: "Le service commence par {found}:// au lieu de {expected}://.",
    finding_service_host: "Le service est sur {found} au lieu de {expected}.",
    finding_check_letter: " Sa lettre clé d'UAI est fausse\u{a0}: ces chiffres appellent {letter}.",
    finding_service_port: "Le service passe par le port {found} au lieu du port {expected}.",
    finding_service_path: "Le chemin du service, {found}, n'est pas sous {expected}.",
    finding_cas_other_server: "Cette page de connexion est celle du serveur CAS {found}{whose}, pas celle de l'ENT \
                               choisi ({expected}).",
    finding_service_missing: "Adresse de l'ENT sans paramètre service\u{a0}: collez l'adresse de la page d'erreur \
                              telle que le navigateur l'affiche.",
    finding_ticket_present: "Un ticket est arrivé à PRONOTE\u{a0}: la connexion à l'ENT a réussi, puis PRONOTE l'a \
                             refusée. Vérifiez l'URL de validation et, dans la console, les «\u{a0}Paramètres \
                             d'identification des utilisateurs\u{a0}» (l'identifiant CAS de chaque compte).",
    finding_direct_login: "?login=true ouvre le formulaire de PRONOTE lui-même, sans la délégation\u{a0}: ses \
                           identifiants sont ceux de PRONOTE, pas de l'ENT.",

    // The release: the embed code's fallback content.
    embed_fallback: "Le calculateur d’adresses de délégation PRONOTE s’affiche ici. S’il n’apparaît pas, ",
    embed_fallback_link: "ouvrez-le dans sa propre page",
    published_toggle: "Vérifier le PRONOTE en ligne",
    published_intro: "PRONOTE.net publie, sans connexion, le nom de l'établissement, sa délégation CAS et ses \
                      espaces publiés (pour l'application mobile). Ce fichier est lu ici, dans votre navigateur\u{a0}: \
                      rien n'est envoyé ailleurs.",
    published_link: "Ouvrir le fichier publié par PRONOTE",
    published_label: "Contenu du fichier",
    published_hint: "Ouvrez le lien, sélectionnez tout le texte de la page (Ctrl+A), copiez-le et collez-le ici. \
                     Le jeton CAS (jetonCAS) qu'il contient n'est jamais lu ni conservé.",
    published_fetching: "Lecture du fichier sur le serveur PRONOTE…",
    published_fetched: "Fichier lu directement sur le serveur PRONOTE.",
    published_fetch_refused: "Le widget n'a pas pu lire ce fichier lui-même (le serveur PRONOTE ne le permet pas à \
                              une page d'un autre site, ou ne répond pas)\u{a0}: ouvrez le lien et collez ici ce \
                              que la page affiche.",
    published_apply: "Appliquer au tableau des espaces",
    published_applied: "Tableau des espaces mis à jour d'après le fichier publié.",
    published_empty: "Collez ici le contenu de la page du fichier.",
    published_too_large: "Ce texte dépasse 64\u{a0}Kio\u{a0}: ce n'est pas le fichier InfoMobileApp.json, qui \
                          fait quelques centaines d'octets.",
    published_html: "C'est une page web, pas le fichier InfoMobileApp.json\u{a0}: une page d'erreur, ou une \
                     adresse qui n'est pas celle du PRONOTE de l'établissement.",
    published_not_json: "Ce texte n'est pas du JSON\u{a0}: copiez tout le contenu de la page du fichier, sans rien \
                         y ajouter.",
    published_other_json: "Ce JSON n'est pas le fichier InfoMobileApp.json de PRONOTE (il n'a ni nomEtab, ni CAS, \
                           ni espaces).",
    published_wrong_type: "Le champ {field} n'a pas le type attendu\u{a0}: ce n'est pas le fichier de PRONOTE, ou \
                           il a été modifié.",
    live_school: "PRONOTE publie l'établissement «\u{a0}{school}\u{a0}»\u{a0}: si ce n'est pas le vôtre, l'UAI ou \
                  l'adresse est fausse.",
    live_version: "PRONOTE {version}\u{a0}: plus ancien que PRONOTE 2022, dont ce guide décrit la console\u{a0}; \
                   vos écrans peuvent nommer ou ranger les champs autrement.",
    live_cas_off: "La délégation CAS n'est pas activée dans ce PRONOTE.",
    live_cas_off_expected: "La délégation CAS n'est pas activée dans ce PRONOTE, alors que le tableau des espaces en \
                            attend une\u{a0}: activez-la dans la console («\u{a0}Déléguer l'authentification\u{a0}»).",
    live_cas_matches: "PRONOTE délègue bien au serveur CAS de l'ENT choisi ({server}).",
    live_cas_other: "PRONOTE délègue au serveur CAS {found}{whose}, pas à celui de l'ENT choisi ({expected})\u{a0}: \
                     corrigez «\u{a0}Mon ENT\u{a0}» ou l'URL du serveur CAS dans la console.",
    live_cas_no_ent: "PRONOTE délègue au serveur CAS {found}{whose}\u{a0}; aucun ENT n'est choisi ici pour \
                      comparer.",
    live_space_missing: "{space}\u{a0}: publié dans le tableau, mais PRONOTE ne le publie pas.",
    live_space_extra: "{space}\u{a0}: publié par PRONOTE, mais non publié dans le tableau.",
    live_space_no_delegation: "{space}\u{a0}: publié sans délégation par PRONOTE, alors que le tableau attend CAS.",
    // The ENT catalogue kept true (issue #27): each preset's freshness and status.
    months: [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ],
    first_day: "1er",
    date_day: "le {day} {month} {year}",
    date_month: "en {month} {year}",
    date_year: "en {year}",
    ent_checked: "Adresses vues {date} (source la plus récente)",
    ent_status: "Statut",
    ent_previous: "Ancienne adresse\u{a0}: {previous}",
    status_current: "à jour",
    status_moved: "déménagé",
    status_merged: "fusionné avec un autre ENT",
    status_uncertain: "incertain",
    warning_ent_moved: "«\u{a0}{ent}\u{a0}» a changé d'adresse\u{a0}: les adresses ci-dessous sont les nouvelles \
                        (l'ancienne, {previous}, ne sert plus).",
    warning_ent_merged: "«\u{a0}{ent}\u{a0}» a rejoint «\u{a0}{into}\u{a0}»\u{a0}: les adresses ci-dessous sont \
                         celles de «\u{a0}{into}\u{a0}».",
    warning_ent_uncertain: "Les sources les plus récentes contredisent les adresses de «\u{a0}{ent}\u{a0}» sans en \
                            donner d'autres\u{a0}: faites-les confirmer par l'ENT avant de les saisir.",
    preset_bad_date: "Dans le préréglage «\u{a0}{file}\u{a0}», le champ «\u{a0}{field}\u{a0}» doit être une date \
                      écrite AAAA-MM-JJ\u{a0}: «\u{a0}{value}\u{a0}».",
    preset_only_with_status: "Dans le préréglage «\u{a0}{file}\u{a0}», le champ «\u{a0}{field}\u{a0}» ne va \
                              qu'avec status = «\u{a0}{value}\u{a0}».",
    preset_unknown_preset: "Dans le préréglage «\u{a0}{file}\u{a0}», le champ «\u{a0}{field}\u{a0}» nomme un \
                            préréglage inconnu\u{a0}: «\u{a0}{value}\u{a0}».",

    // --- Diagnose never guesses (tested against a real CAS server) ---
    finding_service_slash: "Le service {found} n'a pas la dernière barre oblique de la racine\u{a0}: l'ENT le refuse. \
                            Le lien qui l'envoie doit donner {expected}.",
    finding_bare_uai: "«\u{a0}{uai}\u{a0}» est un UAI, pas une adresse\u{a0}: tapez-le dans le champ UAI.",
};
