//! The widget in a real browser (headless Chromium and Firefox, via wasm-bindgen-test): what a school
//! administrator types, and what they see and copy.

use crate::support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

const SEED_ROOT: &str = "https://toutatice.index-education.net/pronote/";
/// The console's "URL d'authentification": bare, PRONOTE adds `service` itself.
const SEED_LOGIN: &str = "https://www.toutatice.fr/casshib/shib/toutatice/login";
/// The same login with the school's service: what the "Vérifier" part opens.
const SEED_LOGIN_LINK: &str = "https://www.toutatice.fr/casshib/shib/toutatice/login?service=https%3A%2F%2Ftoutatice.index-education.net%2Fpronote%2F";
const SEED_ENT_URL: &str = "https://toutatice.index-education.net/pronote/**";

#[wasm_bindgen_test]
async fn seed_configuration_shows_the_seed_addresses() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "toutatice")])).await;
    assert_eq!(address(&widget, "root").as_deref(), Some(SEED_ROOT));
    assert_eq!(address(&widget, "cas-login").as_deref(), Some(SEED_LOGIN));
    assert_eq!(address(&widget, "cas-login-link").as_deref(), Some(SEED_LOGIN_LINK));
    assert_eq!(address(&widget, "ent-url").as_deref(), Some(SEED_ENT_URL));
    assert_eq!(
        address(&widget, "cas-validation").as_deref(),
        Some("https://www.toutatice.fr/casshib/shib/666666/samlValidate")
    );
    assert_eq!(
        address(&widget, "direct-login").as_deref(),
        Some("https://toutatice.index-education.net/pronote/?login=true")
    );
    assert_eq!(
        address(&widget, "parent.desktop").as_deref(),
        Some("https://toutatice.index-education.net/pronote/parent.html")
    );
    assert_eq!(
        address(&widget, "parent.mobile").as_deref(),
        Some("https://toutatice.index-education.net/pronote/mobile.parent.html")
    );
    assert_eq!(
        address(&widget, "academie.mobile"),
        None,
        "the Académie space has no mobile page"
    );
}

#[wasm_bindgen_test]
async fn typing_a_uai_updates_every_address() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "toutatice")])).await;
    let before = address_keys(&widget);
    type_into(&widget, "input[data-field=uai]", "0310047h").await;
    let root = "https://0310047H.index-education.net/pronote/";
    assert_eq!(address(&widget, "root").as_deref(), Some(root));
    assert_eq!(address_keys(&widget), before, "the same addresses, updated");
    // Every address but the ENT's own two (the console's bare login and validation URLs) depends on the
    // school.
    for key in address_keys(&widget)
        .into_iter()
        .filter(|k| k != "cas-validation" && k != "cas-login")
    {
        let value = address(&widget, &key).unwrap_or_default();
        assert!(value.contains("0310047H"), "{key} was not updated: {value}");
        assert!(
            !value.contains("toutatice.index-education.net"),
            "{key} kept the old school: {value}"
        );
    }
}

#[wasm_bindgen_test]
async fn wrong_check_letter_names_the_right_letter_and_leaves_no_stale_address() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "0310047H")])).await;
    assert!(address(&widget, "root").is_some());
    type_into(&widget, "input[data-field=uai]", "0310047A").await;
    let message = error(&widget, "uai").expect("an error next to the UAI field");
    assert!(
        message.contains('H'),
        "the message names the expected letter H: {message}"
    );
    assert_eq!(
        address_keys(&widget),
        Vec::<String>::new(),
        "no address survives a wrong UAI"
    );
    let input = find(&widget, "input[data-field=uai]");
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
async fn corsican_uai_typed_with_2a_is_refused_with_its_620_form() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "0310047H")])).await;
    type_into(&widget, "input[data-field=uai]", "02A0001G").await;
    let message = error(&widget, "uai").expect("an error next to the UAI field");
    assert!(
        message.contains("6200001G"),
        "the message gives the 620 form: {message}"
    );
    assert_eq!(
        address_keys(&widget),
        Vec::<String>::new(),
        "no address for a refused code"
    );
}

#[wasm_bindgen_test]
async fn a_derived_login_is_said_beside_the_addresses() {
    let widget = mount(options(&[("ent", "enc92"), ("uai", "0310047H")])).await;
    assert!(address(&widget, "cas-login").is_some());
    let warning = find(&widget, "[data-warning=login-derived]")
        .text_content()
        .unwrap_or_default();
    assert!(
        warning.contains("ENC Hauts-de-Seine"),
        "the warning names the ENT: {warning}"
    );
}

#[wasm_bindgen_test]
async fn pasted_space_page_with_identifiant_yields_the_root_and_no_identifiant_anywhere() {
    let widget = mount(options(&[("ent", "toutatice"), ("hosting", "custom")])).await;
    type_into(
        &widget,
        "input[data-field=url]",
        "https://pronote.lycee-exemple.fr:8443/pronote/mobile.eleve.html?identifiant=Xy12abCD&fd=1#accueil",
    )
    .await;
    assert_eq!(
        address(&widget, "root").as_deref(),
        Some("https://pronote.lycee-exemple.fr:8443/pronote/")
    );
    assert_eq!(
        address(&widget, "eleve.mobile").as_deref(),
        Some("https://pronote.lycee-exemple.fr:8443/pronote/mobile.eleve.html")
    );
    for key in address_keys(&widget) {
        let value = address(&widget, &key).unwrap_or_default();
        assert!(
            !value.contains("identifiant"),
            "{key} kept the session parameter: {value}"
        );
    }
    // The warning may name the parameter it removed, never as a parameter and never with its value.
    let html = widget.inner_html();
    assert!(
        !html.contains("identifiant="),
        "identifiant= survived somewhere in the widget"
    );
    assert!(
        !html.contains("Xy12abCD"),
        "the session id survived somewhere in the widget"
    );
    assert!(widget
        .query_selector("[data-warning=transient-removed]")
        .unwrap()
        .is_some());
    assert!(widget
        .query_selector("[data-warning=non-default-port]")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn switching_ent_changes_the_cas_links() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "0310047H")])).await;
    let toutatice_login = address(&widget, "cas-login-link").expect("a CAS login link");
    choose(&widget, "select[data-field=ent]", "monlycee_net").await;
    assert_eq!(
        address(&widget, "cas-login").as_deref(),
        Some("https://ent.iledefrance.fr/cas/login")
    );
    let login = address(&widget, "cas-login-link").expect("a CAS login link");
    assert_ne!(login, toutatice_login);
    assert!(
        login.starts_with("https://ent.iledefrance.fr/cas/login?service="),
        "{login}"
    );
    assert!(
        login.ends_with("https%3A%2F%2F0310047H.index-education.net%2Fpronote%2F"),
        "{login}"
    );
    assert_eq!(
        address(&widget, "root").as_deref(),
        Some("https://0310047H.index-education.net/pronote/")
    );
}

#[wasm_bindgen_test]
async fn searching_neo_centre_offers_netocentre() {
    let widget = mount(options(&[])).await;
    type_into(&widget, "input[type=search]", "neo centre").await;
    let list = find(&widget, "select[data-field=ent]");
    let offered = list.text_content().unwrap_or_default();
    assert!(offered.contains("NetO"), "NetO'Centre is offered: {offered}");
    assert!(
        !offered.contains("Toutatice"),
        "unrelated ENTs are filtered out: {offered}"
    );
}

#[wasm_bindgen_test]
async fn unpublishing_a_space_removes_its_addresses_and_the_commune_rule_shows() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "0310047H")])).await;
    assert!(address(&widget, "eleve.desktop").is_some());
    // Beside the form, the spaces table is the editor, once the reader asks for it.
    click(&widget, "button.pd-edit-spaces").await;
    tick(&widget, "tr[data-space=eleve] input[type=checkbox]").await;
    assert_eq!(address(&widget, "eleve.desktop"), None);
    assert_eq!(address(&widget, "eleve.mobile"), None);
    assert!(widget
        .query_selector("[data-warning=commune-fell-back]")
        .unwrap()
        .is_none());
    choose(&widget, "tr[data-space=parent] select", "educonnect").await;
    assert!(widget
        .query_selector("[data-warning=commune-fell-back]")
        .unwrap()
        .is_some());
    assert!(widget.query_selector("[data-guidance=educonnect]").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn lang_en_shows_english_and_the_switch_goes_back_to_french() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "0310047A"), ("lang", "en")])).await;
    let shown = text(&widget);
    assert!(shown.contains("Your ENT"), "English labels: {shown}");
    assert!(!shown.contains("Votre ENT"));
    let message = error(&widget, "uai").expect("an error");
    assert!(!message.is_empty());
    let english_message = message.clone();
    click(&widget, "button.pd-lang").await;
    assert!(text(&widget).contains("Votre ENT"));
    let french_message = error(&widget, "uai").expect("an error");
    assert_ne!(french_message, english_message, "the error is translated too");
}

#[wasm_bindgen_test]
async fn a_hostile_string_is_shown_as_text_never_as_markup() {
    let widget = mount(options(&[("hosting", "custom")])).await;
    type_into(&widget, "input[data-field=url]", "<img src=x onerror=alert(1)>").await;
    assert!(
        widget.query_selector("img").unwrap().is_none(),
        "no element was created from the input"
    );
    assert!(
        error(&widget, "url").is_some(),
        "the bad address gets an error next to its field"
    );
}

#[wasm_bindgen_test]
async fn mobile_addresses_offer_a_qr_code_labelled_as_opening_the_app() {
    let widget = mount(options(&[("uai", "0310047H")])).await;
    click(&widget, ".pd-qr-toggle").await;
    let qr = find(&widget, "svg.pd-qr");
    let label = qr.get_attribute("aria-label").unwrap_or_default();
    assert!(label.contains("application PRONOTE"), "{label}");
    assert!(
        !label.to_lowercase().contains("connexion"),
        "never labelled as a login QR code: {label}"
    );
    let path = find(&widget, "svg.pd-qr path").get_attribute("d").unwrap_or_default();
    assert!(path.len() > 100, "the code has modules");
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_separate_state() {
    let first = mount(options(&[("ent", "toutatice"), ("uai", "0310047H")])).await;
    let second = mount(options(&[("ent", "toutatice"), ("uai", "0910626L")])).await;
    type_into(&first, "input[data-field=uai]", "0620052V").await;
    assert_eq!(
        address(&first, "root").as_deref(),
        Some("https://0620052V.index-education.net/pronote/")
    );
    assert_eq!(
        address(&second, "root").as_deref(),
        Some("https://0910626L.index-education.net/pronote/")
    );
    let first_ids = find(&first, "input[data-field=uai]").id();
    let second_ids = find(&second, "input[data-field=uai]").id();
    assert_ne!(first_ids, second_ids, "element ids stay unique on the page");
}

#[wasm_bindgen_test]
async fn show_cas_only_shows_the_cas_dialog_fields() {
    let widget = mount(options(&[("ent", "toutatice"), ("uai", "toutatice"), ("show", "cas")])).await;
    assert!(widget.query_selector("input").unwrap().is_none(), "no form");
    assert_eq!(address(&widget, "cas-login").as_deref(), Some(SEED_LOGIN));
    assert_eq!(address(&widget, "ent-url").as_deref(), Some(SEED_ENT_URL));
    assert_eq!(address(&widget, "parent.desktop"), None, "no spaces table");
    assert_eq!(address(&widget, "cas-login-link"), None, "no Vérifier part");
}

#[wasm_bindgen_test]
async fn widgets_of_one_sync_group_follow_the_last_keystroke() {
    let mut step_one = options(&[("ent", "toutatice"), ("show", "form,cas")]);
    step_one.sync = Some("procedure".into());
    let mut step_two = options(&[("ent", "toutatice"), ("show", "spaces")]);
    step_two.sync = Some("procedure".into());
    let first = mount(step_one).await;
    let second = mount(step_two).await;
    let independent = mount(options(&[("ent", "toutatice"), ("uai", "0910626L")])).await;
    type_keys(&first, "input[data-field=uai]", "toutatice").await;
    let parent = "https://toutatice.index-education.net/pronote/parent.html";
    assert!(eventually(|| address(&second, "parent.desktop").as_deref() == Some(parent)).await);
    assert_eq!(
        address(&first, "ent-url").as_deref(),
        Some(SEED_ENT_URL),
        "no echo overwrote the typist"
    );
    let typed = find(&first, "input[data-field=uai]")
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .value();
    assert_eq!(typed, "toutatice");
    assert_eq!(
        address(&independent, "root").as_deref(),
        Some("https://0910626L.index-education.net/pronote/")
    );
}

#[wasm_bindgen_test]
async fn with_no_space_on_cas_the_cas_fields_say_why_they_are_empty() {
    let every_space_on_educonnect = "commune-educonnect,direction-educonnect,professeur-educonnect,\
        viescolaire-educonnect,parent-educonnect,accompagnant-educonnect,eleve-educonnect,\
        entreprise-educonnect,academie-educonnect";
    let widget = mount(options(&[
        ("ent", "toutatice"),
        ("uai", "0310047H"),
        ("spaces", every_space_on_educonnect),
    ]))
    .await;
    assert_eq!(address(&widget, "cas-login"), None);
    assert!(
        text(&widget).contains("Aucun espace publié n’a la délégation CAS"),
        "{}",
        text(&widget)
    );
    assert!(widget.query_selector("[data-guidance=educonnect]").unwrap().is_some());
    assert_eq!(
        address(&widget, "eleve.desktop").as_deref(),
        Some("https://0310047H.index-education.net/pronote/eleve.html")
    );
}

#[wasm_bindgen_test]
async fn an_unpublished_space_brings_no_guidance_for_its_delegation() {
    // Élèves on EduConnect but unpublished: no published space uses EduConnect, so no EduConnect guidance.
    let widget = mount(options(&[
        ("uai", "0310047H"),
        ("spaces", "eleve-educonnect,eleve-off"),
    ]))
    .await;
    assert!(address(&widget, "eleve.desktop").is_none(), "the space is unpublished");
    assert!(
        widget.query_selector("[data-guidance=educonnect]").unwrap().is_none(),
        "{}",
        text(&widget)
    );
}
