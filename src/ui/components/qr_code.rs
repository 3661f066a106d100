//! A QR code of a mobile address, drawn as one SVG path built from the `qrcode` crate's modules.
//!
//! The PRONOTE app's scanner accepts a plain PRONOTE address, so this opens the space in the app. It is not
//! the per-user login QR code PRONOTE makes after a PIN, and the caption says so.
//! The path is built here rather than taking the crate's SVG string: that string would have to be injected
//! as raw markup, which this widget never does.

use qrcode::{Color, QrCode};
use yew::prelude::*;

/// Blank modules around the code, as the QR specification asks for reliable scanning.
const QUIET_ZONE: usize = 4;

/// Props of `QrCodeImage`.
#[derive(Properties, PartialEq)]
pub struct QrCodeImageProps {
    pub address: AttrValue,
    /// The accessible name of the image.
    pub label: AttrValue,
}

/// The QR code of `address`, or nothing when the address is too long for a QR code.
#[function_component(QrCodeImage)]
pub fn qr_code_image(props: &QrCodeImageProps) -> Html {
    let drawing = use_memo(props.address.clone(), |address| modules_path(address));
    let Some((size, path)) = (*drawing).clone() else {
        return html! {};
    };
    let view_box = format!("0 0 {size} {size}");
    html! {
        <svg class="pd-qr" viewBox={view_box} role="img" aria-label={props.label.clone()}
             xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}

/// The code's side in modules (quiet zone included) and a path drawing its dark modules, one run per row.
pub fn modules_path(address: &str) -> Option<(usize, String)> {
    let code = QrCode::new(address.as_bytes()).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut path = String::with_capacity(width * width);
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                let run = x - start;
                path.push_str(&format!("M{} {}h{run}v1h-{run}z", start + QUIET_ZONE, y + QUIET_ZONE));
            } else {
                x += 1;
            }
        }
    }
    Some((width + 2 * QUIET_ZONE, path))
}
