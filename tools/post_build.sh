#!/bin/sh
# Trunk's post-build hook: finishes the site in $TRUNK_STAGING_DIR before it replaces dist/.
set -eu
dir="$TRUNK_STAGING_DIR"

# Without injected scripts Trunk leaves its own `rel="rust"` link in the page; browsers ignore it, but a
# published page should not point at the project's Cargo.toml.
sed -i '/<link data-trunk rel="rust"/d' "$dir/index.html"
# The page's own comments (those standing on their own lines, one line or several), indentation and the
# blank lines Trunk leaves where its links were are for whoever edits www/index.html, not for the reader's
# download: about 0.4 KB of gzip less. The page has no <pre> or <textarea> to disturb. perl (Debian's
# essential perl-base) because sed cannot match across lines.
perl -0pi -e 's/^[ \t]*<!--.*?-->[ \t]*\n//gms; s/^[ \t]+//gm; s/^\n//gm' "$dir/index.html"

# The wasm-bindgen glue and the loader, minified (terser, pinned in package.json): about 2 KB of
# gzip less. Trunk's own minifier cannot read the glue's `export default`.
for script in pronote-delegation.js widget.js; do
  node_modules/.bin/terser "$dir/$script" --module --compress --mangle --output "$dir/$script"
done
# The stylesheets too (comments and spaces): about 0.4 KB of gzip less.
node tools/minify_css.mjs "$dir/widget.css" "$dir/page.css"

# The catalogue's data files (presets/README.md, "What the build writes"): build.rs writes them into
# `catalogue/` beside the wasm cargo built, `<target>/wasm32-unknown-unknown/<profile>/catalogue/`; this
# block copies them into the site. provenance.json holds the presets' notes and sources, kept out of the
# wasm: the widget fetches it from its own folder when a reader opens an ENT's details. presets.json is
# the whole catalogue as data (every preset, its sources, date and status), for other tools.
catalogue="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/${TRUNK_PROFILE:-release}/catalogue"
for file in provenance.json presets.json; do
  if [ ! -f "$catalogue/$file" ]; then
    echo "post_build: no $file from build.rs in $catalogue" >&2
    exit 1
  fi
  cp "$catalogue/$file" "$dir/$file"
done

# The wasm's imports, and its exports only the glue calls, get short names, in the wasm and the glue alike
# (tools/short_names.mjs): wasm-bindgen's names end in 16 hex digits that gzip cannot shrink, written in both
# files: about 5.9 KB of gzip less.
node tools/short_names.mjs "$dir"

# Every byte verified (the release's step, last: it hashes the files as shipped). tools/seal.mjs bundles the
# glue into widget.js, writes there the version and the hashes of the wasm and widget.css, and pins
# widget.js, widget.css and the wasm in every page with `integrity`.
node tools/seal.mjs "$dir"
