//! Every word the reader sees, in English. The console's own labels stay French, with a translation:
//! the reader's console speaks French.

use crate::lang::words::Words;

/// The English texts.
pub const EN: Words = Words {
    colon: ":",
    quoted: "“{text}”",

    title: "PRONOTE.net delegation addresses for the ENT",
    intro: "Pick your ENT and your hosting: every address to type in the PRONOTE hosting console (“Déléguer \
            l’authentification”) or to give the ENT is computed here, ready to copy.",
    language_switch: "Language: Français",
    other_language: "Français",
    other_language_code: "fr",
    ent_legend: "1. Your ENT (“Mon ENT” in the console)",
    ent_search: "Search for an ENT",
    ent_search_hint: "Name, region, académie or family; accents and case are ignored.",
    ent_list: "ENT",
    ent_none: "— No ENT chosen —",
    ent_no_match: "No ENT matches this search.",
    ent_matches: "{count} matching ENT(s)",
    ent_family: "Family",
    ent_region: "Region or académie",
    ent_sources: "Sources",
    ent_notes: "Notes",
    ent_disagreement: "The sources disagree",
    ent_provenance_loading: "Loading the sources…",
    ent_provenance_failed: "This ENT’s notes and sources could not be loaded; the addresses stay valid",
    ent_validation: "Validation link",
    ent_validation_seen: "validation address seen in a source",
    ent_validation_derived: "validation address derived from the CAS server URL (the console’s default)",
    hosting_legend: "2. PRONOTE.net hosting",
    hosting_index_education: "Hosted by Index Education",
    hosting_toutatice: "Toutatice domain (pronote.toutatice.fr)",
    hosting_custom: "The school’s own server (any address)",
    uai_label: "UAI (school code) or hosting name",
    uai_hint: "Example: 0310047H. The final letter is checked.",
    url_label: "PRONOTE.net address",
    url_hint: "Paste any address of your PRONOTE (a space, a mobile page…): it is reduced to the root.",
    root_found: "Root used: ",
    space: "Space",
    publish: "Publish",
    delegation: "Authentication delegation",
    commune_fell_back: "The Common page falls back to “None”: the console gives it a delegation only when every \
                        other published space has the same one.",
    cas_heading: "The “Définir une délégation CAS” dialog",
    cas_hint: "In the PRONOTE hosting console, “Déléguer l’authentification” tab, the gear of the CAS line. Type \
               each value as it is; the authentication URL has no “?service=”: PRONOTE adds the service itself.",
    cas_needs_ent: "Pick an ENT to get its CAS addresses.",
    cas_unused: "No published space delegates to CAS: the console then asks for no CAS address.",
    registry_heading: "For the ENT’s administrator (CAS server)",
    registry_hint: "PRONOTE sends the page being opened as its service (root, space, mobile page…): the ENT must \
                    allow the whole root, not one single address. Apereo CAS and Open ENT NG read the regular \
                    expression, CAS 3 registries the “**” pattern, Keycloak the URI ending in “*”.",
    verify_heading: "Checking",
    verify_hint: "Nothing here is typed into the console: this link starts the ENT login as PRONOTE asks for it, \
                  to test the delegation once the database is published.",
    verify_needs_cas: "The test link appears once an ENT is chosen and a published space delegates to CAS.",
    verify_test_link: "Test the login through the ENT (new tab)",
    verify_success: "Success: the ENT’s login page opens, then, once signed in, PRONOTE shows without asking for \
                     credentials again.",
    verify_not_allowed: "“Application not allowed to use CAS” or “service not allowed”: the ENT has not registered \
                         the service; give them the pattern above.",
    verify_ticket_refused: "Back at PRONOTE with “ticket=ST-…” in the address, but refused: the validation URL is \
                            wrong, or the account is not linked (“Identifiant CAS”, in “Paramètres \
                            d’identification des utilisateurs”).",
    verify_login_page: "The ENT’s page does not open or shows an error: the authentication URL is wrong.",
    show_direct_logins: "Direct logins (?login=true)",
    edit_spaces: "Change publishing and delegation",
    delegation_short: "Delegation",
    yes: "yes",
    no: "no",
    ent_in_console: "in the console: “{label}”",
    spaces_heading: "Adresses de connexion des internautes (users’ login addresses)",
    desktop: "Desktop",
    mobile: "Mobile",
    waiting_for_hosting: "The addresses appear as soon as the hosting is filled in.",
    copy: "Copy",
    copied: "Copied",
    copy_fallback_copied: "Copied (fallback: the browser’s clipboard is unavailable).",
    copy_fallback_selected: "The clipboard is unavailable: the text is selected, press Ctrl+C (⌘+C on a Mac).",
    show_qr: "QR codes (application PRONOTE)",
    qr_caption: "Each QR code opens the space in the PRONOTE app",
    qr_not_login: "This is not a login QR code: it only opens the address; users then sign in.",
    exports_heading: "Copy everything",
    export_text: "Text",
    export_markdown: "Markdown table",
    export_csv: "CSV",
    export_json: "JSON",
    guidance_heading: "Other delegations",
    guidance_educonnect: "EduConnect: no address to type. In the console, tick “Protocole EduConnect” then declare \
                          the school; the console itself sends the PRONOTE.net address.",
    guidance_ws_federation: "WS-Federation (ADFS): the console asks for the identity provider’s metadata address, \
                             shaped https://<ADFS server>/FederationMetadata/2007-06/FederationMetadata.xml, given by \
                             the ADFS administrator; give them the PRONOTE.net address (above).",
    guidance_saml: "SAML (newer servers): the same, with the identity provider’s metadata address.",
    presets_loading: "Loading extra ENTs…",
    diagnose_toggle: "Delegation failing? Diagnose an address",
    diagnose_label: "Address shown by the browser (ENT error page, PRONOTE page, link)",
    diagnose_hint: "Paste the address as it is: it is read here, nothing is sent.",
    brief_hint: "The ENT has not registered the service? ",
    brief_link: "Write to the ENT’s administrator (message ready to send)",
    embed_toggle: "Embed this builder in a page",
    embed_parts: "Parts shown",
    embed_code: "Code to paste into the page",
    embed_note: "Copy the builder’s whole folder (widget.js, the .wasm, the .css, provenance.json) to your server, \
                 in any sub-folder, and point src at its widget.js.",

    // --- The console's steps, the standalone page and the printed sheet (#25) ---------------------------
    checklist_heading: "In the console, step by step",
    checklist_sign_in: "Sign in to the PRONOTE hosting console.",
    checklist_open_pronote_net: "Open *PRONOTE.net*.",
    checklist_stop_publishing: "Click *Arrêter la publication* (stop publishing: the settings only change while the \
                                base is unpublished).",
    checklist_delegation_tab: "Open the *Déléguer l’authentification* tab (delegate authentication).",
    checklist_cas_gear: "Click the gear on the *CAS* line.",
    checklist_choose_ent: "Choose your ENT in the *Mon ENT* list.",
    checklist_confirm: "Confirm with *Oui* (yes): the console fills in the addresses.",
    checklist_compare: "Compare each field with the “Définir une délégation CAS” window computed here.",
    checklist_validate: "Click *Valider* (confirm).",
    checklist_space_delegations: "Choose each space’s delegation (column *Cas*).",
    checklist_publish: "Click *Publier la base* (publish), then test the login through the ENT.",
    procedure_link: "The detailed procedure (in French)",
    page_title: "PRONOTE.net delegation addresses for the ENT (CAS)",
    results_heading: "Your school’s addresses",
    print_sheet: "Print the sheet",
    sheet_heading: "CAS delegation sheet",
    sheet_school: "School",
    sheet_ent: "ENT",
    sheet_printed: "Sheet of {date}, builder version {version}.",

    space_commune: "Common page",
    space_direction: "Management space",
    space_professeur: "Teachers space",
    space_vie_scolaire: "School life space",
    space_parent: "Parents space",
    space_accompagnant: "Support staff space",
    space_eleve: "Students space",
    space_entreprise: "Companies space",
    space_academie: "Education authority space",
    delegation_none: "None",
    family_other: "Other CAS server",
    dialog_delegation_name: "Nom de la délégation (name)",
    dialog_mon_ent: "Mon ENT",
    dialog_cas_server: "URL du serveur CAS (CAS server URL)",
    dialog_separate_addresses: "Les adresses d'authentification et de validation sont différentes",
    dialog_not_listed: "(not in the list: leave “Mon ENT” empty and type the addresses)",
    page_etablissement: "Page Etablissement (school page)",

    address_root: "Service sent by the Page commune (the PRONOTE.net root)",
    address_cas_login: "URL d'authentification (authentication URL)",
    address_cas_validation: "URL de validation (validation URL)",
    address_ent_url: "URL à communiquer au socle ENT (URL to give the ENT)",
    address_cas_login_link: "Login link through the ENT, with the school's service",
    address_service_pattern: "Regular expression (Apereo CAS, Open ENT NG)",
    address_service_ant: "Ant pattern “**” (CAS 3 registries, as the console shows it)",
    address_service_keycloak: "Valid redirect URI (Keycloak, CAS protocol)",
    address_direct_login_url:
        "URL à communiquer aux utilisateurs de PRONOTE pour une connexion directe (direct-login URL)",
    address_desktop: "{space} — address",
    address_mobile: "{space} — mobile address",
    address_direct_login: "{space} — direct login",
    address_group_cas_dialog: "CAS delegation (PRONOTE hosting console)",
    address_group_cas_registry: "Service registration in the ENT's CAS",
    address_group_verify: "Checking the delegation",
    address_group_spaces: "Space addresses",

    export_title: "PRONOTE.net addresses: {root}",
    export_column_label: "Item",
    export_column_address: "Address",
    export_csv_group: "group",
    export_csv_key: "key",
    export_csv_label: "label",
    export_csv_address: "address",

    brief_subject: "PRONOTE {school}: CAS service to register",
    brief_opening: "Hello,\r\n\r\nThe school {school} publishes PRONOTE.net at {root} and delegates authentication \
                    to the CAS server {ent}. Please register this service, any page under this root (PRONOTE sends \
                    the page being opened, with its query), the host in any case:\r\n",
    brief_unnamed_ent: "of the ENT",
    brief_validation: "\r\nPRONOTE will validate tickets at: {validation}\r\n",
    brief_closing: "\r\nThank you.\r\n",

    error_unknown_hosting: "Unknown hosting “{value}”: the possible values are index-education, toutatice and \
                            custom.",
    error_uai_empty: "Enter the school's UAI code (7 digits and a letter, for example 0310047H).",
    error_uai_wrong_check_letter: "The last letter of the UAI code “{uai}” does not match its 7 digits: it should \
                                   be {expected}. Check the code on an official school document.",
    error_uai_missing_check_letter: "The UAI code “{uai}” lacks its last letter: with these 7 digits, the full \
                                     code is {uai}{expected}.",
    error_uai_malformed: "“{input}” is not a UAI code: a UAI code has 7 digits followed by a letter (for example \
                          0310047H).",
    error_uai_corsican: "“{input}”: Corsican UAI codes write 2A as 620 and 2B as 720. The code is most likely \
                         {corrected}.",
    error_label_invalid: "“{label}” cannot start a PRONOTE.net address: type only the UAI code (for example \
                          0310047H) or the hosting name (letters, digits and hyphens), without https:// or \
                          .index-education.net.",
    error_uai_required: "Toutatice publishes PRONOTE.net under the school's UAI code (7 digits and a letter): \
                         “{label}” is not one.",
    error_url_empty: "Paste the address of your PRONOTE.net, copied from the browser's address bar (for example \
                      https://pronote.my-school.fr/pronote/).",
    error_url_unparsable: "“{input}” is not a valid web address. Copy the address from the browser's address bar \
                           on a page of your PRONOTE.net (a server name with accents must be written in punycode, \
                           xn--…).",
    error_url_scheme: "The address starts with “{scheme}:”: a PRONOTE.net address starts with https:// (or \
                       http://).",
    error_url_no_host: "The address has no server name: it must look like https://server/pronote/.",
    error_url_is_ent_address: "“{host}” is {whose}, not PRONOTE.net's: open PRONOTE (through the ENT if that is how \
                               you reach it), then copy the address shown in the browser's address bar (for example \
                               https://pronote.my-school.fr/pronote/eleve.html).",
    error_whose_ent: "the address of the ENT “{ent}”",
    error_whose_unknown: "an ENT's address",
    error_unknown_ent: "The ENT “{id}” is not in the list: choose your ENT among those offered.",

    preset_unreadable: "The presets file “{file}” cannot be read: {more}",
    preset_unreachable: "The presets file “{file}” could not be loaded: {more}",
    preset_http_status: "The presets file “{file}” could not be loaded: the server answers {status}.",
    preset_html_page: "“{file}” is a web page, not a JSON presets file: check its address.",
    preset_too_large: "The presets file “{file}” is over 256 KiB: it is not a presets file.",
    preset_not_a_list: "The presets file “{file}” must hold a JSON list of presets.",
    preset_too_many_entries: "The presets file “{file}” holds more than 500 presets.",
    preset_not_a_preset: "“{file}” is not a preset (a JSON object is expected).",
    preset_unknown_field: "The preset “{file}” has an unknown field “{field}” (a typo?).",
    preset_missing_field: "The preset “{file}” lacks the required field “{field}”.",
    preset_wrong_type: "In the preset “{file}”, the field “{field}” has the wrong type (a text, or a list of texts \
                        for keywords and sources).",
    preset_bad_id: "In the preset “{file}”, the identifier “{value}” must be written with lower-case letters, \
                    digits, “_” and “-” (64 characters at most).",
    preset_id_not_file_name: "In the preset “{file}”, the identifier “{value}” must be the file's name, “{more}”.",
    preset_not_allowed: "In the preset “{file}”, the field “{field}” is “{value}”: the possible values are {more}.",
    preset_duplicate_id: "The preset “{file}” reuses the identifier “{value}”, already used by another ENT.",
    preset_not_https: "In the preset “{file}”, the field “{field}” must be an https:// address: “{value}”.",
    preset_bad_address: "In the preset “{file}”, the field “{field}” is not a usable CAS address ({more}): \
                         “{value}”.",
    flaw_unparsable: "it is not a web address",
    flaw_no_host: "no server name",
    flaw_credentials: "a user name or password has no place in it",
    flaw_fragment: "a “#” has no place in it",
    flaw_spaces: "it holds spaces",
    flaw_service_in_login: "without “service=”: PRONOTE adds it itself",
    flaw_query: "without “?” or parameters",
    flaw_stacked_validation: "two validation paths end to end, keep one",
    flaw_base_with_endpoint: "the base stops before /login or /…Validate",

    warning_plain_http: "Plain http:// address, not https://: credentials and CAS tickets travel unencrypted, and \
                         many ENTs refuse an http service. Use your PRONOTE.net's https:// address if it has one.",
    warning_non_default_port: "The address uses port {port}: it is part of the service address, and the ENT must \
                               register it as is.",
    warning_ip_host: "The server is named by its IP address ({host}): the service registered at the ENT will only \
                      match this exact address. Prefer your PRONOTE.net's public server name if it has one.",
    warning_demo_instance: "This is Index Education's demonstration PRONOTE, not a school's: enter your school's \
                            UAI code.",
    warning_ent_address_used: "The pasted address is the ENT's ({host}): the PRONOTE address it carried was used.",
    warning_ent_address_pasted: "The pasted address looks like the ENT's ({host}), not PRONOTE.net's: paste the \
                                 address the browser shows on a PRONOTE page.",
    warning_label_not_uai: "“{label}” is not a UAI code: the address is built with this name as is. Check that it \
                            does appear in your PRONOTE.net's address.",
    warning_validation_derived: "No public source gives the validation address of “{ent}”: it is derived as the \
                                 console does (the CAS server address followed by /samlValidate). Have the ENT \
                                 confirm it.",
    warning_login_derived: "The login address of “{ent}” is derived, not seen in a source: have the ENT confirm \
                            it.",
    warning_hosts_differ: "CAS addresses on different hosts ({hosts}): have the ENT confirm them.",
    warning_sources_disagree: "Public sources disagree on the CAS addresses of “{ent}”: have the ENT confirm them \
                               before publishing them.",
    warning_transient_removed: "Parameters removed from the pasted address: {names}. They belong to one session or \
                                page and must not be published.",
    warning_transient_removed_and_others: "Parameters removed from the pasted address: {names} and others. They \
                                           belong to one session or page and must not be published.",
    warning_query_removed: "The parameters of the pasted address (after “?” or before “@”) were removed: the \
                            PRONOTE.net base address has none.",
    warning_commune_fell_back: "The Common page takes the {kind} delegation only if every other published space \
                                has it too: it stays without delegation.",

    finding_service_matches: "The service {service} is under the school's root.",
    finding_service_scheme: "The service starts with {found}:// instead of {expected}://.",
    finding_service_host: "The service is on {found} instead of {expected}.",
    finding_check_letter: " Its UAI check letter is wrong: these digits call for {letter}.",
    finding_service_port: "The service uses port {found} instead of port {expected}.",
    finding_service_path: "The service's path, {found}, is not under {expected}.",
    finding_cas_other_server: "This login page is the CAS server {found}{whose}, not the chosen ENT's ({expected}).",
    finding_service_missing: "An ENT address without a service parameter: paste the error page's address as the \
                              browser shows it.",
    finding_ticket_present: "A ticket reached PRONOTE: the ENT login worked, then PRONOTE refused it. Check the \
                             validation URL and, in the console, the “Paramètres d'identification des \
                             utilisateurs” (each account's CAS identifier).",
    finding_direct_login: "?login=true opens PRONOTE's own form, without the delegation: it takes PRONOTE \
                           credentials, not the ENT's.",

    // The release: the embed code's fallback content.
    embed_fallback: "The PRONOTE delegation address builder appears here. If it does not, ",
    embed_fallback_link: "open it in its own page",
    published_toggle: "Check the live PRONOTE",
    published_intro: "PRONOTE.net publishes, without login, the school's name, its CAS delegation and its \
                      published spaces (for the mobile app). This file is read here, in your browser: nothing is \
                      sent anywhere.",
    published_link: "Open the file PRONOTE publishes",
    published_label: "The file's content",
    published_hint: "Open the link, select all the page's text (Ctrl+A), copy it and paste it here. The CAS token \
                     (jetonCAS) it holds is never read or kept.",
    published_fetching: "Reading the file on the PRONOTE server…",
    published_fetched: "File read directly on the PRONOTE server.",
    published_fetch_refused: "The widget could not read this file itself (the PRONOTE server does not allow it to a \
                              page of another site, or does not answer): open the link and paste here what the page \
                              shows.",
    published_apply: "Apply to the spaces table",
    published_applied: "Spaces table updated from the published file.",
    published_empty: "Paste here the content of the file's page.",
    published_too_large: "This text is over 64 KiB: it is not the InfoMobileApp.json file, which is a few hundred \
                          bytes.",
    published_html: "This is a web page, not the InfoMobileApp.json file: an error page, or an address that is not \
                     the school's PRONOTE.",
    published_not_json: "This text is not JSON: copy the whole content of the file's page, adding nothing.",
    published_other_json: "This JSON is not PRONOTE's InfoMobileApp.json file (it has no nomEtab, CAS or espaces).",
    published_wrong_type: "The field {field} is not of the expected type: this is not PRONOTE's file, or it was \
                           edited.",
    live_school: "PRONOTE publishes the school “{school}”: if it is not yours, the UAI or the address is wrong.",
    live_version: "PRONOTE {version}: older than PRONOTE 2022, whose console this guide describes; your screens may \
                   name or place the fields differently.",
    live_cas_off: "The CAS delegation is not switched on in this PRONOTE.",
    live_cas_off_expected: "The CAS delegation is not switched on in this PRONOTE, while the spaces table expects \
                            one: switch it on in the console (“Déléguer l'authentification”).",
    live_cas_matches: "PRONOTE delegates to the chosen ENT's CAS server ({server}).",
    live_cas_other: "PRONOTE delegates to the CAS server {found}{whose}, not the chosen ENT's ({expected}): correct \
                     “Mon ENT” or the CAS server's URL in the console.",
    live_cas_no_ent: "PRONOTE delegates to the CAS server {found}{whose}; no ENT is chosen here to \
                      compare.",
    live_space_missing: "{space}: published in the table, but PRONOTE does not publish it.",
    live_space_extra: "{space}: published by PRONOTE, but unpublished in the table.",
    live_space_no_delegation: "{space}: published without delegation by PRONOTE, while the table expects CAS.",
    // The ENT catalogue kept true (issue #27): each preset's freshness and status.
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    first_day: "1",
    date_day: "on {day} {month} {year}",
    date_month: "in {month} {year}",
    date_year: "in {year}",
    ent_checked: "Addresses seen {date} (newest source)",
    ent_status: "Status",
    ent_previous: "Former address: {previous}",
    status_current: "current",
    status_moved: "moved",
    status_merged: "merged into another ENT",
    status_uncertain: "uncertain",
    warning_ent_moved: "“{ent}” has moved: the addresses below are the new ones (the former one, {previous}, \
                        is no longer used).",
    warning_ent_merged: "“{ent}” joined “{into}”: the addresses below are those of “{into}”.",
    warning_ent_uncertain: "The newest sources contradict the addresses of “{ent}” and give no others: have the \
                            ENT confirm them before typing them.",
    preset_bad_date: "In the preset “{file}”, the field “{field}” must be a date written YYYY-MM-DD: “{value}”.",
    preset_only_with_status: "In the preset “{file}”, the field “{field}” goes only with status = “{value}”.",
    preset_unknown_preset: "In the preset “{file}”, the field “{field}” names an unknown preset: “{value}”.",

    // --- Diagnose never guesses (tested against a real CAS server) ---
    finding_service_slash: "The service {found} lacks the root's last slash: the ENT refuses it. The link that \
                            sends it must give {expected}.",
    finding_bare_uai: "“{uai}” is a UAI, not an address: type it in the UAI field.",
};
