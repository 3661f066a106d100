//! The one table of option names (`OptionName`): each name fills its own field, the page address keeps
//! exactly the reader's choices and gives the request back, and the README and the loader name every
//! option the table has.

use pronote_delegation::domain::delegation::SpaceSettings;
use pronote_delegation::domain::hosting::HostingKind;
use pronote_delegation::domain::request::Request;
use pronote_delegation::lang::Lang;
use pronote_delegation::options::{page_address, OptionName, WidgetConfig, WidgetOptions};

/// The part of `text` between `start` and the next `end`, which the test needs to exist.
fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start:?}")) + start.len();
    let to = from
        + text[from..]
            .find(end)
            .unwrap_or_else(|| panic!("no {end:?} after {start:?}"));
    &text[from..to]
}

#[test]
fn each_name_is_one_option_and_back() {
    for (index, option) in OptionName::ALL.into_iter().enumerate() {
        assert_eq!(option as usize, index, "{option:?}: ALL is in declaration order");
        assert_eq!(OptionName::named(option.name()), Some(option), "{option:?}");
        assert_eq!(OptionName::NAMES[index], option.name(), "{option:?}");
    }
    assert_eq!(OptionName::named("colour"), None);
    assert_eq!(
        OptionName::named("Ent"),
        None,
        "names are exact, as attributes and fields are"
    );
}

#[test]
fn each_option_sets_its_own_field() {
    let text = || Some("x".to_owned());
    let expected = [
        (
            OptionName::Ent,
            WidgetOptions {
                ent: text(),
                ..WidgetOptions::default()
            },
        ),
        (
            OptionName::Hosting,
            WidgetOptions {
                hosting: text(),
                ..WidgetOptions::default()
            },
        ),
        (
            OptionName::Uai,
            WidgetOptions {
                uai: text(),
                ..WidgetOptions::default()
            },
        ),
        (
            OptionName::Url,
            WidgetOptions {
                url: text(),
                ..WidgetOptions::default()
            },
        ),
        (
            OptionName::Lang,
            WidgetOptions {
                lang: text(),
                ..WidgetOptions::default()
            },
        ),
        (
            OptionName::Presets,
            WidgetOptions {
                presets: text(),
                ..WidgetOptions::default()
            },
        ),
        (
            OptionName::Show,
            WidgetOptions {
                show: text(),
                ..WidgetOptions::default()
            },
        ),
        (
            OptionName::Permalink,
            WidgetOptions {
                permalink: Some(true),
                ..WidgetOptions::default()
            },
        ),
        (
            OptionName::Spaces,
            WidgetOptions {
                spaces: text(),
                ..WidgetOptions::default()
            },
        ),
        (
            OptionName::Sync,
            WidgetOptions {
                sync: text(),
                ..WidgetOptions::default()
            },
        ),
    ];
    assert_eq!(expected.each_ref().map(|(option, _)| *option), OptionName::ALL);
    for (option, expected) in expected {
        let mut options = WidgetOptions::default();
        options.set(option, "x".to_owned());
        assert_eq!(options, expected, "{option:?}");
    }
}

#[test]
fn a_flag_is_on_whatever_its_text() {
    for text in ["", "true", "false"] {
        let mut options = WidgetOptions::default();
        options.set(OptionName::Permalink, text.to_owned());
        assert_eq!(options.permalink, Some(true), "{text:?}");
    }
    assert_eq!(
        OptionName::ALL
            .into_iter()
            .filter(|option| option.is_flag())
            .collect::<Vec<_>>(),
        [OptionName::Permalink]
    );
}

#[test]
fn reading_sets_what_the_source_gives_and_keeps_the_rest() {
    let mut options = WidgetOptions {
        ent: Some("toutatice".into()),
        show: Some("cas".into()),
        ..WidgetOptions::default()
    };
    let mut asked = Vec::new();
    options.read(|option| {
        asked.push(option);
        (option == OptionName::Ent).then(|| "monlycee_net".to_owned())
    });
    assert_eq!(asked, OptionName::ALL, "every option is asked for, once, in order");
    assert_eq!(
        options,
        WidgetOptions {
            ent: Some("monlycee_net".into()),
            show: Some("cas".into()),
            ..WidgetOptions::default()
        }
    );
}

#[test]
fn a_refused_option_ends_the_reading_with_the_refusal() {
    let mut options = WidgetOptions::default();
    let outcome = options.try_read(|option| match option {
        OptionName::Uai => Err(option.name()),
        _ => Ok(Some("x".to_owned())),
    });
    assert_eq!(outcome, Err("uai"));
    assert_eq!(options.url, None, "nothing after the refusal is read");
}

/// The options the page address keeps of `request`, as the permalink writes them.
fn kept(request: &Request) -> Vec<(OptionName, String)> {
    let mut kept = Vec::new();
    page_address(request, |option, value| kept.push((option, value.to_owned())));
    kept
}

#[test]
fn the_page_address_keeps_the_readers_choices_only() {
    let carried: Vec<&str> = OptionName::ALL
        .into_iter()
        .filter(|option| option.in_page_address())
        .map(OptionName::name)
        .collect();
    assert_eq!(carried, ["ent", "hosting", "uai", "url", "lang", "spaces"]);
    let every_choice = Request {
        ent: Some("toutatice".into()),
        hosting: HostingKind::Custom,
        uai: " 0310047H ".into(),
        url: "https://pronote.exemple.fr/pronote/".into(),
        spaces: SpaceSettings::parse_changes("academie-off,eleve-educonnect"),
        lang: Lang::En,
    };
    assert_eq!(
        kept(&every_choice),
        [
            (OptionName::Ent, "toutatice".to_owned()),
            (OptionName::Hosting, "custom".to_owned()),
            (OptionName::Uai, "0310047H".to_owned()),
            (OptionName::Url, "https://pronote.exemple.fr/pronote/".to_owned()),
            (OptionName::Lang, "en".to_owned()),
            (OptionName::Spaces, "eleve-educonnect,academie-off".to_owned()),
        ],
        "every option the address carries, in the table's order, nothing else"
    );
    let kept_names: Vec<&str> = kept(&every_choice).iter().map(|(option, _)| option.name()).collect();
    assert_eq!(kept_names, carried);
    assert_eq!(
        kept(&Request::default()),
        [
            (OptionName::Hosting, "index-education".to_owned()),
            (OptionName::Lang, "fr".to_owned()),
        ],
        "empty values are left out"
    );
}

#[test]
fn the_page_address_gives_the_request_back() {
    let requests = [
        Request::default(),
        Request {
            ent: Some("toutatice".into()),
            hosting: HostingKind::Toutatice,
            uai: "0310047H".into(),
            lang: Lang::En,
            ..Request::default()
        },
        Request {
            ent: Some("monlycee_net".into()),
            hosting: HostingKind::Custom,
            url: "http://192.0.2.10:8080/pronote/".into(),
            spaces: SpaceSettings::parse_changes("academie-off,eleve-educonnect"),
            ..Request::default()
        },
    ];
    for request in requests {
        let mut options = WidgetOptions::default();
        for (option, value) in kept(&request) {
            options.set(option, value);
        }
        let config = WidgetConfig::from_options(&options);
        assert_eq!(config.request, request);
        assert!(config.errors.is_empty(), "{:?}", config.errors);
    }
}

#[test]
fn the_readme_names_every_option_where_it_is_read() {
    let readme = include_str!("../../../README.md");
    let both = between(
        readme,
        "Options, as page query parameters of the standalone page and as `data-` attributes",
        "Attributes only:",
    );
    let attributes_only = between(readme, "Attributes only:", "In the rendered widget:");
    let script = between(readme, "- `mount(element, options)`", "- `computeAddresses(options)`");
    for option in OptionName::ALL {
        let name = option.name();
        assert_eq!(
            both.contains(&format!("| `{name}` |")),
            option.in_page_address(),
            "{name}: a row of the options table if and only if the page address carries it"
        );
        assert_eq!(
            attributes_only.contains(&format!("`data-{name}")),
            !option.in_page_address(),
            "{name}: among the attributes only if and only if the page address does not carry it"
        );
        assert!(script.contains(&format!("`{name}`")), "{name}: among mount's options");
    }
}

#[test]
fn the_custom_element_observes_every_option() {
    let loader = include_str!("../../../www/widget.js");
    let list = between(loader, "const OPTIONS = [", "];");
    let mut observed: Vec<&str> = list.split(',').map(|name| name.trim().trim_matches('\'')).collect();
    observed.sort_unstable();
    let mut names = OptionName::NAMES;
    names.sort_unstable();
    assert_eq!(
        observed, names,
        "widget.js's observedAttributes (it runs before the wasm is loaded)"
    );
}
