//! The list of every word the reader sees, one field per text. Each language fills it in its own file
//! (`fr.rs`, `en.rs`): a text missing in one language is a compile error, not a blank.
//!
//! A text with `{name}` placeholders is a template, filled by [`crate::lang::typography::fill`]; its doc
//! names the placeholders. Quotes around a value are written in the template, in each language's own
//! typography.

/// Every text of one language.
pub struct Words {
    // --- Typography ---------------------------------------------------------------------------------
    /// Between a label and its value: French puts a non-breaking space before the colon.
    pub colon: &'static str,
    /// `{text}` quoted as the language quotes.
    pub quoted: &'static str,

    // --- The widget ---------------------------------------------------------------------------------
    pub title: &'static str,
    pub intro: &'static str,
    /// The language switch's accessible name (it names the other language).
    pub language_switch: &'static str,
    pub other_language: &'static str,
    pub other_language_code: &'static str,
    pub ent_legend: &'static str,
    pub ent_search: &'static str,
    pub ent_search_hint: &'static str,
    pub ent_list: &'static str,
    pub ent_none: &'static str,
    pub ent_no_match: &'static str,
    /// `{count}`.
    pub ent_matches: &'static str,
    /// `{label}`: the ENT's entry in the console's "Mon ENT" list.
    pub ent_in_console: &'static str,
    pub ent_family: &'static str,
    pub ent_region: &'static str,
    pub ent_sources: &'static str,
    pub ent_notes: &'static str,
    pub ent_disagreement: &'static str,
    pub ent_provenance_loading: &'static str,
    pub ent_provenance_failed: &'static str,
    pub ent_validation: &'static str,
    pub ent_validation_seen: &'static str,
    pub ent_validation_derived: &'static str,
    pub hosting_legend: &'static str,
    pub hosting_index_education: &'static str,
    pub hosting_toutatice: &'static str,
    pub hosting_custom: &'static str,
    pub uai_label: &'static str,
    pub uai_hint: &'static str,
    pub url_label: &'static str,
    pub url_hint: &'static str,
    /// Followed by the root.
    pub root_found: &'static str,
    pub space: &'static str,
    pub publish: &'static str,
    pub delegation: &'static str,
    pub commune_fell_back: &'static str,
    pub cas_heading: &'static str,
    pub cas_hint: &'static str,
    pub cas_needs_ent: &'static str,
    pub cas_unused: &'static str,
    pub registry_heading: &'static str,
    pub registry_hint: &'static str,
    pub verify_heading: &'static str,
    pub verify_hint: &'static str,
    pub verify_needs_cas: &'static str,
    pub verify_test_link: &'static str,
    pub verify_success: &'static str,
    pub verify_not_allowed: &'static str,
    pub verify_ticket_refused: &'static str,
    pub verify_login_page: &'static str,
    pub show_direct_logins: &'static str,
    pub edit_spaces: &'static str,
    pub delegation_short: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub spaces_heading: &'static str,
    pub desktop: &'static str,
    pub mobile: &'static str,
    pub waiting_for_hosting: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_fallback_copied: &'static str,
    pub copy_fallback_selected: &'static str,
    pub show_qr: &'static str,
    pub qr_caption: &'static str,
    pub qr_not_login: &'static str,
    pub exports_heading: &'static str,
    pub export_text: &'static str,
    pub export_markdown: &'static str,
    pub export_csv: &'static str,
    pub export_json: &'static str,
    pub guidance_heading: &'static str,
    pub guidance_educonnect: &'static str,
    pub guidance_ws_federation: &'static str,
    pub guidance_saml: &'static str,
    pub presets_loading: &'static str,
    pub diagnose_toggle: &'static str,
    pub diagnose_label: &'static str,
    pub diagnose_hint: &'static str,
    pub brief_hint: &'static str,
    pub brief_link: &'static str,
    pub embed_toggle: &'static str,
    pub embed_parts: &'static str,
    pub embed_code: &'static str,
    pub embed_note: &'static str,

    // --- The console's steps (part `checklist`), the standalone page and the printed sheet (#25) -----
    // A step's words between `*` are the console's own labels, shown emphasised.
    pub checklist_heading: &'static str,
    pub checklist_sign_in: &'static str,
    pub checklist_open_pronote_net: &'static str,
    pub checklist_stop_publishing: &'static str,
    pub checklist_delegation_tab: &'static str,
    pub checklist_cas_gear: &'static str,
    pub checklist_choose_ent: &'static str,
    pub checklist_confirm: &'static str,
    pub checklist_compare: &'static str,
    pub checklist_validate: &'static str,
    pub checklist_space_delegations: &'static str,
    pub checklist_publish: &'static str,
    /// The link from the standalone page to the example procedure page.
    pub procedure_link: &'static str,
    /// The standalone page's title (the browser tab's).
    pub page_title: &'static str,
    /// The heading of the results on the standalone page, for screen readers' outline (not shown).
    pub results_heading: &'static str,
    /// The button that prints the sheet.
    pub print_sheet: &'static str,
    /// The sheet's heading on paper.
    pub sheet_heading: &'static str,
    pub sheet_school: &'static str,
    pub sheet_ent: &'static str,
    /// `{date}`, `{version}`: the sheet's last line.
    pub sheet_printed: &'static str,

    // --- Names: spaces, delegations, ENT families, the console's window ------------------------------
    /// The spaces, as the console names them (French) or their English.
    pub space_commune: &'static str,
    pub space_direction: &'static str,
    pub space_professeur: &'static str,
    pub space_vie_scolaire: &'static str,
    pub space_parent: &'static str,
    pub space_accompagnant: &'static str,
    pub space_eleve: &'static str,
    pub space_entreprise: &'static str,
    pub space_academie: &'static str,
    /// The delegation "none" (the other kinds are proper names: CAS, EduConnect, WS-Federation).
    pub delegation_none: &'static str,
    /// The family of any other CAS server (the platform families are proper names).
    pub family_other: &'static str,
    /// The console's window: "Nom de la délégation", "Mon ENT", "URL du serveur CAS" (the console's
    /// French in both languages, with a translation).
    pub dialog_delegation_name: &'static str,
    pub dialog_mon_ent: &'static str,
    pub dialog_cas_server: &'static str,
    /// The box the console ticks when the two CAS addresses differ, in its own words.
    pub dialog_separate_addresses: &'static str,
    /// An ENT absent from the console's "Mon ENT" list.
    pub dialog_not_listed: &'static str,
    /// The connection table's row that is not a space.
    pub page_etablissement: &'static str,

    // --- Addresses ----------------------------------------------------------------------------------
    /// The labels of the addresses that are not a space's: the console's own words where it shows them.
    pub address_root: &'static str,
    pub address_cas_login: &'static str,
    pub address_cas_validation: &'static str,
    pub address_ent_url: &'static str,
    pub address_cas_login_link: &'static str,
    pub address_service_pattern: &'static str,
    pub address_service_ant: &'static str,
    pub address_service_keycloak: &'static str,
    pub address_direct_login_url: &'static str,
    /// `{space}`: a space's desktop address.
    pub address_desktop: &'static str,
    /// `{space}`: a space's mobile address.
    pub address_mobile: &'static str,
    /// `{space}`: a space's direct-login address.
    pub address_direct_login: &'static str,
    /// The headings of the address groups.
    pub address_group_cas_dialog: &'static str,
    pub address_group_cas_registry: &'static str,
    pub address_group_verify: &'static str,
    pub address_group_spaces: &'static str,

    // --- Exports ------------------------------------------------------------------------------------
    /// `{root}`: every export's heading.
    pub export_title: &'static str,
    /// The Markdown table's two column headings.
    pub export_column_label: &'static str,
    pub export_column_address: &'static str,
    /// The CSV header.
    pub export_csv_group: &'static str,
    pub export_csv_key: &'static str,
    pub export_csv_label: &'static str,
    pub export_csv_address: &'static str,

    // --- The message to the ENT's administrator (mailto:, lines end with CRLF) -----------------------
    /// `{school}`.
    pub brief_subject: &'static str,
    /// `{school}`, `{root}`, `{ent}` (the ENT's name, or `brief_unnamed_ent`).
    pub brief_opening: &'static str,
    pub brief_unnamed_ent: &'static str,
    /// `{validation}`.
    pub brief_validation: &'static str,
    pub brief_closing: &'static str,

    // --- Errors: what stops the computation, and what to do ------------------------------------------
    /// `{value}`.
    pub error_unknown_hosting: &'static str,
    pub error_uai_empty: &'static str,
    /// `{uai}`, `{expected}` (the check letter).
    pub error_uai_wrong_check_letter: &'static str,
    /// `{uai}`, `{expected}`.
    pub error_uai_missing_check_letter: &'static str,
    /// `{input}`.
    pub error_uai_malformed: &'static str,
    /// `{input}`, `{corrected}`: a Corsican code typed with its département.
    pub error_uai_corsican: &'static str,
    /// `{label}`.
    pub error_label_invalid: &'static str,
    /// `{label}`.
    pub error_uai_required: &'static str,
    pub error_url_empty: &'static str,
    /// `{input}`.
    pub error_url_unparsable: &'static str,
    /// `{scheme}` (without its colon).
    pub error_url_scheme: &'static str,
    pub error_url_no_host: &'static str,
    /// `{host}`, `{whose}` (`error_whose_ent` or `error_whose_unknown`).
    pub error_url_is_ent_address: &'static str,
    /// `{ent}`.
    pub error_whose_ent: &'static str,
    pub error_whose_unknown: &'static str,
    /// `{id}`.
    pub error_unknown_ent: &'static str,

    // --- A presets file's problems: `{file}` (the file, or `file[index]` for one entry), and as each
    // template needs them `{field}`, `{value}`, `{more}` (the reader's explanation, the allowed values, the
    // expected id or why an address is refused).
    pub preset_unreadable: &'static str,
    pub preset_unreachable: &'static str,
    /// `{file}`, `{status}`.
    pub preset_http_status: &'static str,
    pub preset_html_page: &'static str,
    pub preset_too_large: &'static str,
    pub preset_not_a_list: &'static str,
    pub preset_too_many_entries: &'static str,
    pub preset_not_a_preset: &'static str,
    pub preset_unknown_field: &'static str,
    pub preset_missing_field: &'static str,
    pub preset_wrong_type: &'static str,
    pub preset_bad_id: &'static str,
    pub preset_id_not_file_name: &'static str,
    pub preset_not_allowed: &'static str,
    pub preset_duplicate_id: &'static str,
    pub preset_not_https: &'static str,
    pub preset_bad_address: &'static str,
    /// Why a CAS address is refused (the `{more}` of `preset_bad_address`).
    pub flaw_unparsable: &'static str,
    pub flaw_no_host: &'static str,
    pub flaw_credentials: &'static str,
    pub flaw_fragment: &'static str,
    pub flaw_spaces: &'static str,
    pub flaw_service_in_login: &'static str,
    pub flaw_query: &'static str,
    pub flaw_stacked_validation: &'static str,
    pub flaw_base_with_endpoint: &'static str,

    // --- Warnings: noticed, the addresses still computed ---------------------------------------------
    pub warning_plain_http: &'static str,
    /// `{port}`.
    pub warning_non_default_port: &'static str,
    /// `{host}`.
    pub warning_ip_host: &'static str,
    pub warning_demo_instance: &'static str,
    /// `{host}`: the PRONOTE address the ENT's carried was used.
    pub warning_ent_address_used: &'static str,
    /// `{host}`: it carried none.
    pub warning_ent_address_pasted: &'static str,
    /// `{label}`.
    pub warning_label_not_uai: &'static str,
    /// `{ent}`.
    pub warning_validation_derived: &'static str,
    /// `{ent}`.
    pub warning_login_derived: &'static str,
    /// `{hosts}`.
    pub warning_hosts_differ: &'static str,
    /// `{ent}`.
    pub warning_sources_disagree: &'static str,
    /// `{names}`.
    pub warning_transient_removed: &'static str,
    /// `{names}`: and others not named.
    pub warning_transient_removed_and_others: &'static str,
    /// Only unnamed parameters (a query, credentials) were removed.
    pub warning_query_removed: &'static str,
    /// `{kind}`: the delegation chosen for the Page commune.
    pub warning_commune_fell_back: &'static str,

    // --- Diagnose: what a pasted address says about a failing delegation -----------------------------
    /// `{service}`.
    pub finding_service_matches: &'static str,
    /// `{found}`, `{expected}`.
    pub finding_service_scheme: &'static str,
    /// `{found}`, `{expected}`.
    pub finding_service_host: &'static str,
    /// `{letter}`: appended to `finding_service_host` when only the UAI's check letter differs.
    pub finding_check_letter: &'static str,
    /// `{found}`, `{expected}`.
    pub finding_service_port: &'static str,
    /// `{found}`, `{expected}`.
    pub finding_service_path: &'static str,
    /// `{found}`, `{whose}` (` (name)` or nothing), `{expected}`.
    pub finding_cas_other_server: &'static str,
    pub finding_service_missing: &'static str,
    pub finding_ticket_present: &'static str,
    pub finding_direct_login: &'static str,

    // --- The release: the embed code's fallback content, seen until the widget mounts ---------------
    /// Inside the embedded element, for a page where the script never runs; followed by the link.
    pub embed_fallback: &'static str,
    /// The link to the standalone page, configured as the embedded widget.
    pub embed_fallback_link: &'static str,
    // --- The live PRONOTE: what its InfoMobileApp.json publishes, against the configuration (#26) ------
    /// The part's toggle.
    pub published_toggle: &'static str,
    pub published_intro: &'static str,
    pub published_link: &'static str,
    pub published_label: &'static str,
    pub published_hint: &'static str,
    pub published_fetching: &'static str,
    pub published_fetched: &'static str,
    pub published_fetch_refused: &'static str,
    pub published_apply: &'static str,
    pub published_applied: &'static str,
    pub published_empty: &'static str,
    pub published_too_large: &'static str,
    pub published_html: &'static str,
    pub published_not_json: &'static str,
    pub published_other_json: &'static str,
    /// `{field}`: as the file names it (`CAS.actif`, `espaces[2].URL`).
    pub published_wrong_type: &'static str,
    /// `{school}`.
    pub live_school: &'static str,
    /// `{version}`.
    pub live_version: &'static str,
    pub live_cas_off: &'static str,
    pub live_cas_off_expected: &'static str,
    /// `{server}`.
    pub live_cas_matches: &'static str,
    /// `{found}`, `{whose}` (` (name)` or nothing), `{expected}`.
    pub live_cas_other: &'static str,
    /// `{found}`, `{whose}`: no ENT is chosen.
    pub live_cas_no_ent: &'static str,
    /// `{space}`.
    pub live_space_missing: &'static str,
    /// `{space}`.
    pub live_space_extra: &'static str,
    /// `{space}`.
    pub live_space_no_delegation: &'static str,
    // The ENT catalogue kept true (issue #27): each preset's freshness and status.
    /// The months, January first (the `checked` date, "14 janvier 2025").
    pub months: [&'static str; 12],
    /// `{date}`: the ENT's details, the date of the newest source showing the addresses.
    /// `{day}`, `{month}`, `{year}`; `{month}`, `{year}`; `{year}`: a date with its preposition.
    /// The first day of a month, as a date writes it ("1er" in French).
    pub first_day: &'static str,
    pub date_day: &'static str,
    pub date_month: &'static str,
    pub date_year: &'static str,
    pub ent_checked: &'static str,
    pub ent_status: &'static str,
    /// `{previous}`: a moved ENT's former address, in its details.
    pub ent_previous: &'static str,
    pub status_current: &'static str,
    pub status_moved: &'static str,
    pub status_merged: &'static str,
    pub status_uncertain: &'static str,
    /// `{ent}`, `{previous}`.
    pub warning_ent_moved: &'static str,
    /// `{ent}`, `{into}` (the name of the ENT joined).
    pub warning_ent_merged: &'static str,
    /// `{ent}`.
    pub warning_ent_uncertain: &'static str,
    /// `{file}`, `{field}`, `{value}`.
    pub preset_bad_date: &'static str,
    /// `{file}`, `{field}`, `{value}` (the status).
    pub preset_only_with_status: &'static str,
    /// `{file}`, `{field}`, `{value}` (the id).
    pub preset_unknown_preset: &'static str,

    // --- Diagnose never guesses (tested against a real CAS server) ------------------------------------
    /// `{found}` (the service), `{expected}` (the root): a service without the root's last slash.
    pub finding_service_slash: &'static str,
    /// `{uai}`: a bare UAI pasted instead of an address.
    pub finding_bare_uai: &'static str,
}
