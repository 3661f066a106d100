//! A QR code of a mobile address, drawn as one SVG path built from the `qrcodegen` crate's modules.
//!
//! `qrcodegen` (Project Nayuki's reference implementation) rather than `qrcode`: the same standard QR
//! codes for about 6 KB of gzip wasm instead of 14 KB (`qrcode` also carries Micro QR and a segment
//! optimiser this widget has no use for).
//!
//! The PRONOTE app's scanner accepts a plain PRONOTE address, so this opens the space in the app. It is not
//! the per-user login QR code PRONOTE makes after a PIN, and the caption says so.
//! The path is built here rather than taking the crate's SVG string: that string would have to be injected
//! as raw markup, which this widget never does.

use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

/// Blank modules around the code, as the QR specification asks for reliable scanning.
const QUIET_ZONE: usize = 4;

/// The QR code of `address`, or nothing when the address is too long for a QR code; `label` is the
/// image's accessible name. A view function, not a component (about 1 KB of gzip wasm less): an open
/// code is encoded again whenever its widget renders, and only codes the reader opened are drawn.
pub fn qr_code_image(address: &str, label: AttrValue) -> Html {
    let Some(modules) = Modules::of(address) else {
        return html! {};
    };
    let (size, path) = (modules.side(), modules.path());
    let view_box = format!("0 0 {size} {size}");
    html! {
        <svg class="pd-qr" viewBox={view_box} role="img" aria-label={label}
             xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}

/// The modules of a QR code: `dark[y * width + x]`, without the quiet zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Modules {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl Modules {
    /// The QR code of `address` (error correction level M, like most printed codes), or `None` when the
    /// address is too long for any QR code version.
    pub fn of(address: &str) -> Option<Modules> {
        let code = QrCode::encode_text(address, QrCodeEcc::Medium).ok()?;
        let size = code.size();
        let dark = (0..size)
            .flat_map(|y| (0..size).map(move |x| (x, y)))
            .map(|(x, y)| code.get_module(x, y))
            .collect();
        Some(Modules {
            width: usize::try_from(size).ok()?,
            dark,
        })
    }

    /// The drawing's side in modules, quiet zone included.
    pub fn side(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// An SVG path drawing the dark modules, one rectangle per run of them in a row.
    pub fn path(&self) -> String {
        let mut path = String::with_capacity(self.dark.len());
        for (y, row) in self.dark.chunks(self.width.max(1)).enumerate() {
            let mut x = 0;
            while x < row.len() {
                if row[x] {
                    let start = x;
                    while x < row.len() && row[x] {
                        x += 1;
                    }
                    let run = x - start;
                    path.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET_ZONE, y + QUIET_ZONE));
                } else {
                    x += 1;
                }
            }
        }
        path
    }
}
