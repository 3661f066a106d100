#!/bin/sh
# Trunk's post-build hook: finishes the site in $TRUNK_STAGING_DIR before it replaces dist/.
set -eu
dir="$TRUNK_STAGING_DIR"

# Without injected scripts Trunk leaves its own `rel="rust"` link in the page; browsers ignore it, but a
# published page should not point at the project's Cargo.toml.
sed -i '/<link data-trunk rel="rust"/d' "$dir/index.html"

# The wasm-bindgen glue and the loader, minified (terser, pinned in tools/package.json): about 2 KB of
# gzip less. Trunk's own minifier cannot read the glue's `export default`.
for script in pronote-delegation.js widget.js; do
  tools/node_modules/.bin/terser "$dir/$script" --module --compress --mangle --output "$dir/$script"
done
