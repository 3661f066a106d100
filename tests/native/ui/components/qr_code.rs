//! The QR codes the widget draws read back as the exact mobile address, with a QR decoder (rqrr) that
//! shares no code with the encoder; and the SVG path draws exactly the code's dark modules.

use pronote_delegation::ui::components::qr_code::Modules;
use regex::Regex;

/// Blank modules around the code in the drawing (the widget's quiet zone).
const QUIET_ZONE: usize = 4;
/// Pixels per module when the code is handed to the decoder as a bitmap.
const SCALE: usize = 4;

/// What a QR reader finds in `modules`, drawn with its quiet zone.
fn read_back(modules: &Modules) -> String {
    let side = modules.side() * SCALE;
    let mut image = rqrr::PreparedImage::prepare_from_bitmap(side, side, |x, y| {
        let (mx, my) = (x / SCALE, y / SCALE);
        let inside = (QUIET_ZONE..QUIET_ZONE + modules.width).contains(&mx)
            && (QUIET_ZONE..QUIET_ZONE + modules.width).contains(&my);
        inside && modules.dark[(my - QUIET_ZONE) * modules.width + (mx - QUIET_ZONE)]
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the drawing");
    grids[0].decode().expect("the code decodes").1
}

const ADDRESSES: [&str; 5] = [
    "https://0310047H.index-education.net/pronote/mobile.eleve.html",
    "https://toutatice.index-education.net/pronote/mobile.parent.html",
    "https://pronote.lycee-exemple.fr:8443/pronote/mobile.professeur.html",
    // A punycode host and a percent-encoded path, as the widget shows them.
    "https://xn--lyce-exemple-dbb.fr/pronote%20test/mobile.eleve.html",
    // Long enough for a large version with several error-correction blocks.
    "https://pronote.exemple.fr/un/chemin/tres/long/pour/essayer/une/grande/version/du/code/qr/avec/plusieurs/blocs/de/correction/d/erreur/et/encore/un/peu/plus/loin/pronote/mobile.eleve.html",
];

#[test]
fn every_code_reads_back_as_its_address() {
    for address in ADDRESSES {
        let modules = Modules::of(address).expect("fits in a QR code");
        assert_eq!(modules.dark.len(), modules.width * modules.width);
        assert_eq!(read_back(&modules), address);
    }
}

#[test]
fn the_path_draws_exactly_the_dark_modules() {
    let run = Regex::new(r"^M(\d+) (\d+)h(\d+)v1h-(\d+)z").unwrap();
    for address in ADDRESSES {
        let modules = Modules::of(address).unwrap();
        let mut drawn = vec![false; modules.side() * modules.side()];
        let path = modules.path();
        let mut rest = path.as_str();
        while !rest.is_empty() {
            let found = run.captures(rest).unwrap_or_else(|| panic!("a run at {rest:.40}"));
            let number = |i: usize| found[i].parse::<usize>().unwrap();
            let (x, y, length) = (number(1), number(2), number(3));
            assert_eq!(length, number(4), "each run closes its own rectangle");
            for cell in &mut drawn[y * modules.side() + x..y * modules.side() + x + length] {
                assert!(!*cell, "no module is drawn twice");
                *cell = true;
            }
            rest = &rest[found[0].len()..];
        }
        let expected: Vec<bool> = (0..modules.side() * modules.side())
            .map(|i| (i / modules.side(), i % modules.side()))
            .map(|(y, x)| {
                let inside = (QUIET_ZONE..QUIET_ZONE + modules.width).contains(&x)
                    && (QUIET_ZONE..QUIET_ZONE + modules.width).contains(&y);
                inside && modules.dark[(y - QUIET_ZONE) * modules.width + (x - QUIET_ZONE)]
            })
            .collect();
        assert!(drawn == expected, "{address}: the path and the modules differ");
    }
}

#[test]
fn an_address_too_long_for_any_qr_code_has_none() {
    // Version 40 at level M holds 2,331 bytes.
    let address = format!("https://p.fr/{}", "a".repeat(2400));
    assert_eq!(Modules::of(&address), None);
}
