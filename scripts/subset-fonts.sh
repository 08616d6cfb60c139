#!/usr/bin/env bash
# Rebuilds app/font-files/*.woff2: the Arabic faces of @fontsource cut down to the letters, marks,
# digits and punctuation of Arabic as written in the Maghreb (the unicode-range in app/fonts.ts,
# read from there so the two cannot drift). fontsource's Arabic files carry Persian, Urdu, Sindhi
# and the presentation ligatures as well: 150 KB for the three faces against 37 KB cut down, all
# of it preloaded before the first paint. A character outside the range falls back per character
# to the next face in the stack (globals.css).
# Needs fontTools with brotli: pip install fonttools brotli. Run after upgrading @fontsource.
set -euo pipefail
cd "$(dirname "$0")/.."
range=$(grep -o "value: 'U+0[^']*'" app/fonts.ts | head -1 | sed "s/^value: '//; s/'\$//")
[ -n "$range" ] || { echo "no unicode-range found in app/fonts.ts" >&2; exit 1; }
for face in noto-naskh-arabic:400 noto-naskh-arabic:700 noto-kufi-arabic:700; do
  family=${face%%:*}
  weight=${face##*:}
  pyftsubset "node_modules/@fontsource/$family/files/$family-arabic-$weight-normal.woff2" \
    --unicodes="$range" --layout-features='*' --flavor=woff2 \
    --output-file="app/font-files/$family-$weight.woff2"
done
cp node_modules/@fontsource/noto-naskh-arabic/LICENSE app/font-files/OFL.txt
ls -l app/font-files
