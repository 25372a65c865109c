#!/usr/bin/env bash
# Rebuilds the kiosk's fonts in resources/fonts: NotoSansSC-{Regular,Bold}.ttf (Chinese),
# NotoSans-{Regular,Bold}.ttf (Latin, Greek, Cyrillic), NotoSansArabic-{Regular,Bold}.ttf and
# the licences OFL.txt (Noto Sans SC), OFL-NotoSans.txt, OFL-NotoSansArabic.txt.
#
# Run from the repo root (it also works from anywhere else):
#     bash tools/subset-fonts.sh              # all three families
#     bash tools/subset-fonts.sh latin arabic # only those (sc, latin, arabic)
#
# Needs: npm (reaches the npm registry), python3 (standard library only),
# pyftsubset from fontTools and the Unihan data of Debian's unicode-data
# (/usr/share/unicode/Unihan_OtherMappings.txt.bz2). On Debian:
#     apt-get install unicode-data fonttools
# The character list is the 8,105 hanzi of the Table of General Standard
# Chinese Characters (通用规范汉字表, Unihan field kTGH) + GB 2312 + every
# character in resources/*.json + the Unicode ranges below.
# Re-run it whenever resources/*.json gets characters outside that list (rare
# hanzi, names, symbols): every character in those files is added to the subset.
# See resources/fonts/README.md for the recipe and why it is what it is.
set -euo pipefail

PKG="@expo-google-fonts/noto-sans-sc"
PKG_VERSION="${NOTO_SANS_SC_VERSION:-0.4.3}"   # the version the committed fonts came from
LATIN_PKG="@expo-google-fonts/noto-sans"
LATIN_VERSION="${NOTO_SANS_VERSION:-0.4.2}"
ARABIC_PKG="@expo-google-fonts/noto-sans-arabic"
ARABIC_VERSION="${NOTO_SANS_ARABIC_VERSION:-0.4.3}"
FAMILIES="${*:-sc latin arabic}"

# Unicode ranges kept besides the GB 2312 characters (see README.md):
#   0000-00FF Basic Latin + Latin-1 Supplement   0100-017F Latin Extended-A
#   2000-206F General Punctuation                2100-214F Letterlike Symbols
#   2150-218F Number Forms                       2190-21FF Arrows
#   2460-24FF Enclosed Alphanumerics             25A0-25FF Geometric Shapes
#   3000-303F CJK Symbols and Punctuation        FF00-FFEF Halfwidth and Fullwidth Forms
UNICODES="U+0000-00FF,U+0100-017F,U+2000-206F,U+2100-214F,U+2150-218F,U+2190-21FF,U+2460-24FF,U+25A0-25FF,U+3000-303F,U+FF00-FFEF"

# Noto Sans keeps the scripts of the kiosk's Latin and Cyrillic languages and Greek (its Devanagari goes):
#   0000-024F Latin (Basic, Latin-1, Extended-A and -B)   02B0-02FF Spacing Modifier Letters
#   0300-036F Combining Diacritical Marks                0370-03FF Greek and Coptic
#   0400-052F Cyrillic + Cyrillic Supplement              1E00-1EFF Latin Extended Additional (Vietnamese)
#   2000-206F General Punctuation                        2070-209F Superscripts and Subscripts
#   20A0-20CF Currency Symbols                           2100-218F Letterlike Symbols, Number Forms
#   2190-21FF Arrows     2212 minus     25A0-25FF Geometric Shapes     FEFF, FFFD
LATIN_UNICODES="U+0000-024F,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-218F,U+2190-21FF,U+2212,U+25A0-25FF,U+FEFF,U+FFFD"
# Noto Sans Arabic keeps every Arabic block and the Latin it carries (the same glyphs as Noto Sans), so
# Latin names and digits in Arabic text match the Latin face:
#   0000-024F Latin   0300-036F combining marks   0600-06FF Arabic   0750-077F Arabic Supplement
#   0870-08FF Arabic Extended-B and -A   2000-206F General Punctuation (LRM, RLM, isolates)
#   FB50-FDFF Arabic Presentation Forms-A   FE70-FEFF Presentation Forms-B   25CC dotted circle
ARABIC_UNICODES="U+0000-024F,U+0300-036F,U+0600-06FF,U+0750-077F,U+0870-08FF,U+2000-206F,U+20AC,U+2122,U+2212,U+221A,U+25CC,U+FB50-FDFF,U+FE70-FEFF"

# Unihan_OtherMappings.txt of Unicode 15.0.0 as packaged by Debian (unicode-data 15.0.0-1).
UNIHAN="${UNIHAN_OTHER_MAPPINGS:-/usr/share/unicode/Unihan_OtherMappings.txt.bz2}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/resources/fonts"

for tool in npm python3 pyftsubset; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "subset-fonts.sh: '$tool' not found." >&2
    [ "$tool" = pyftsubset ] && echo "  Install it with: apt-get install fonttools  (or: pip install fonttools)" >&2
    exit 1
  fi
done

if [ ! -r "$UNIHAN" ]; then
  echo "subset-fonts.sh: $UNIHAN not found (the kTGH list of 通用规范汉字表)." >&2
  echo "  Install it with: apt-get install unicode-data" >&2
  exit 1
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

unpack() {  # $1 = package, $2 = version, $3 = folder under $TMP
  echo "==> npm pack $1@$2 (in $TMP/$3)"
  mkdir -p "$TMP/$3"
  ( cd "$TMP/$3" && npm pack "$1@$2" --silent >/dev/null && tar xzf ./*.tgz )
}

echo "==> character list: 通用规范汉字表 (kTGH) + GB 2312 + every character in resources/*.json"
python3 - "$ROOT/resources" "$TMP/chars.txt" "$UNIHAN" "$TMP/content.txt" <<'PY'
import bz2, glob, json, os, sys

res_dir, out_path, unihan, content_path = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]

# The 8,105 hanzi of the Table of General Standard Chinese Characters (2013):
# Unihan lines "U+XXXX<TAB>kTGH<TAB>2013:N".
tgh = set()
version = "?"
with bz2.open(unihan, "rt", encoding="utf-8") as f:
    for line in f:
        if line.startswith("# Unicode version:"):
            version = line.split(":", 1)[1].strip()
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 3 and fields[1] == "kTGH":
            tgh.add(chr(int(fields[0][2:], 16)))
assert len(tgh) == 8105, len(tgh)

# Every character of GB 2312: each valid two-byte code 0xA1A1..0xF7FE.
# Rows 0xA1-0xA9 are the 682 symbols (pinyin tone letters, ℃, №, Roman numerals,
# math, Greek, Cyrillic, kana, box drawing...), rows 0xB0-0xF7 the 6,763 hanzi.
hanzi, symbols = [], []
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            c = bytes([hi, lo]).decode("gb2312")
        except UnicodeDecodeError:
            continue
        (hanzi if hi >= 0xB0 else symbols).append(c)
assert len(hanzi) == 6763, len(hanzi)
gb = set(hanzi) | set(symbols)
chars = gb | tgh
listed = set(chars)
content = set()
for path in sorted(glob.glob(os.path.join(res_dir, "*.json"))):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    content.update(text)                     # raw text, whatever it is
    try:
        data = json.loads(text)
    except ValueError as e:
        print(f"    warning: {path} is not valid JSON ({e}); using its raw text only", file=sys.stderr)
        continue

    def walk(x):                              # decoded strings (\uXXXX escapes too)
        if isinstance(x, str):
            content.update(x)
        elif isinstance(x, dict):
            for k, v in x.items():
                content.update(k)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    walk(data)
    print(f"    {os.path.relpath(path, os.path.dirname(res_dir))}")
content -= {"\n", "\r", "\t"}
chars |= content
outside = sorted(c for c in content if c not in listed and ord(c) > 0x7F)
print(f"    {len(tgh)} hanzi of 通用规范汉字表 (Unihan kTGH, Unicode {version}), "
      f"{len(tgh & set(hanzi))} of them in GB 2312")
print(f"    {len(hanzi)} hanzi + {len(symbols)} symbols of GB 2312; "
      f"{len(content)} distinct characters in the JSON files, {len(outside)} non-ASCII of them outside both lists"
      + (": " + "".join(outside) if outside and len(outside) <= 200 else ""))
with open(out_path, "w", encoding="utf-8") as f:
    f.write("".join(sorted(chars)))
with open(content_path, "w", encoding="utf-8") as f:   # the Latin and Arabic faces keep these too
    f.write("".join(sorted(content)))
PY

subset() {  # $1 = source TTF, $2 = output TTF, $3 = Unicode ranges, $4 = text file
  pyftsubset "$1" \
    --unicodes="$3" \
    --text-file="$4" \
    --layout-features='*' \
    --name-IDs='*' \
    --notdef-outline \
    --output-file="$2"
}

# Noto Sans Arabic's line is 2.11 em (ascender 1374, descender -738, room for stacked vowel marks); the kiosk's
# Arabic is UI text without such stacks, so its lines are set to 1.57 em: Noto Sans's ascender (1069) and a
# descender (-500) below every letter's (-421), as Noto's own Arabic UI faces do. Needs fontTools in python3.
tighten_arabic() {  # $1 = the subset TTF, rewritten in place
  local py
  for py in python3 /usr/bin/python3; do
    if "$py" -c 'import fontTools' >/dev/null 2>&1; then
      "$py" - "$1" <<'PY'
import sys
from fontTools.ttLib import TTFont
path = sys.argv[1]
font = TTFont(path, recalcTimestamp=False)  # the source's date: the output stays reproducible
ascender, descender = 1069, -500
font["hhea"].ascent, font["hhea"].descent, font["hhea"].lineGap = ascender, descender, 0
os2 = font["OS/2"]
os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ascender, descender, 0
os2.usWinAscent, os2.usWinDescent = ascender, -descender
os2.fsSelection |= 1 << 7   # USE_TYPO_METRICS: every platform reads the same line
font.save(path)
PY
      return
    fi
  done
  echo "subset-fonts.sh: no python3 with fontTools to set the Arabic line height" >&2
  exit 1
}

# JavaFX on Linux (Pango) drops the glyph offsets of mark positioning, so dots Noto Sans Arabic adds as marks (its
# ccmp splits ي ن ت ج خ ... into a dotless letter and a dot) land wrongly or vanish (ي read as ى). Each letter that
# has Unicode presentation forms is instead kept whole and takes its final, medial and initial forms from them: the
# font's own glyphs, with the dots in their outlines. Needs fontTools in python3.
precompose_arabic() {  # $1 = the subset TTF, rewritten in place
  python3 - "$1" <<'PY'
import sys
import unicodedata
from fontTools.ttLib import TTFont
path = sys.argv[1]
font = TTFont(path, recalcTimestamp=False)
cmap = font.getBestCmap()
gsub = font["GSUB"].table
lookups = gsub.LookupList.Lookup

def subtables(index):
    for st in lookups[index].SubTable:
        yield getattr(st, "ExtSubTable", st)

def feature_lookups(tag):
    found = []
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag == tag:
            found += [i for i in record.Feature.LookupListIndex if i not in found]
    return found

# presentation forms of each letter: {letter: {"fina": glyph, ...}} from Unicode's <final>/<medial>/<initial> mappings
forms = {}
tags = {"<final>": "fina", "<medial>": "medi", "<initial>": "init"}
for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
    parts = unicodedata.decomposition(chr(cp)).split()
    if len(parts) == 2 and parts[0] in tags and cp in cmap:
        forms.setdefault(int(parts[1], 16), {})[tags[parts[0]]] = cmap[cp]

def joining_table(tag, dotless):  # the table that gives the dotless letter its joining form
    for index in feature_lookups(tag):
        for table in subtables(index):
            if type(table).__name__ in ("SingleSubst", "MultipleSubst") and dotless in table.mapping:
                return table
    return None

kept = []
for index in feature_lookups("ccmp"):
    for table in subtables(index):
        if type(table).__name__ != "MultipleSubst":
            continue
        for letter, glyph in sorted(cmap.items()):
            if glyph not in table.mapping or letter not in forms:
                continue
            dotless = table.mapping[glyph][0]
            needed = {tag: joining_table(tag, dotless) for tag in ("fina", "medi", "init")}
            needed = {tag: t for tag, t in needed.items() if t is not None}
            if not all(tag in forms[letter] for tag in needed):
                continue
            del table.mapping[glyph]
            for tag, joining in needed.items():
                form = forms[letter][tag]
                joining.mapping[glyph] = [form] if type(joining).__name__ == "MultipleSubst" else form
            kept.append(chr(letter))
font.save(path)
print(f"    {path.rsplit('/', 1)[-1]}: {len(kept)} letters drawn from their dotted forms: {''.join(kept)}")
PY
}

mkdir -p "$OUT"
BUILT=()
for family in $FAMILIES; do
  case "$family" in
    sc)
      unpack "$PKG" "$PKG_VERSION" sc
      echo "==> pyftsubset Noto Sans SC"
      subset "$TMP/sc/package/400Regular/NotoSansSC_400Regular.ttf" "$OUT/NotoSansSC-Regular.ttf" "$UNICODES" "$TMP/chars.txt"
      subset "$TMP/sc/package/700Bold/NotoSansSC_700Bold.ttf" "$OUT/NotoSansSC-Bold.ttf" "$UNICODES" "$TMP/chars.txt"
      cp "$TMP/sc/package/LICENSE_FONT" "$OUT/OFL.txt"
      BUILT+=("$OUT/NotoSansSC-Regular.ttf" "$OUT/NotoSansSC-Bold.ttf" "$OUT/OFL.txt") ;;
    latin)
      unpack "$LATIN_PKG" "$LATIN_VERSION" latin
      echo "==> pyftsubset Noto Sans"
      subset "$TMP/latin/package/400Regular/NotoSans_400Regular.ttf" "$OUT/NotoSans-Regular.ttf" "$LATIN_UNICODES" "$TMP/content.txt"
      subset "$TMP/latin/package/700Bold/NotoSans_700Bold.ttf" "$OUT/NotoSans-Bold.ttf" "$LATIN_UNICODES" "$TMP/content.txt"
      cp "$TMP/latin/package/LICENSE_FONT" "$OUT/OFL-NotoSans.txt"
      BUILT+=("$OUT/NotoSans-Regular.ttf" "$OUT/NotoSans-Bold.ttf" "$OUT/OFL-NotoSans.txt") ;;
    arabic)
      unpack "$ARABIC_PKG" "$ARABIC_VERSION" arabic
      echo "==> pyftsubset Noto Sans Arabic"
      subset "$TMP/arabic/package/400Regular/NotoSansArabic_400Regular.ttf" "$OUT/NotoSansArabic-Regular.ttf" "$ARABIC_UNICODES" "$TMP/content.txt"
      subset "$TMP/arabic/package/700Bold/NotoSansArabic_700Bold.ttf" "$OUT/NotoSansArabic-Bold.ttf" "$ARABIC_UNICODES" "$TMP/content.txt"
      tighten_arabic "$OUT/NotoSansArabic-Regular.ttf"
      tighten_arabic "$OUT/NotoSansArabic-Bold.ttf"
      precompose_arabic "$OUT/NotoSansArabic-Regular.ttf"
      precompose_arabic "$OUT/NotoSansArabic-Bold.ttf"
      cp "$TMP/arabic/package/LICENSE_FONT" "$OUT/OFL-NotoSansArabic.txt"
      BUILT+=("$OUT/NotoSansArabic-Regular.ttf" "$OUT/NotoSansArabic-Bold.ttf" "$OUT/OFL-NotoSansArabic.txt") ;;
    *)
      echo "subset-fonts.sh: unknown family '$family' (sc, latin, arabic)" >&2
      exit 1 ;;
  esac
done

# Report the characters of resources/*.json that none of the kiosk's fonts has (they would fall back to
# another font, or show as a box, in the kiosk). Needs a python3 with fontTools.
for py in python3 /usr/bin/python3; do
  if "$py" -c 'import fontTools' >/dev/null 2>&1; then
    "$py" - "$TMP/content.txt" "$OUT"/NotoSans*.ttf <<'PY'
import sys
from fontTools.ttLib import TTFont
want = {ord(c) for c in open(sys.argv[1], encoding="utf-8").read() if ord(c) > 0x20}
drawn = set()
for path in sys.argv[2:]:
    cmap = TTFont(path).getBestCmap()
    drawn |= set(cmap)
    print(f"    {path.rsplit('/', 1)[-1]}: {len(cmap)} characters mapped")
missing = sorted(want - drawn)
if missing:
    print("    characters of resources/*.json in none of the fonts: " + " ".join("U+%04X" % u for u in missing))
PY
    break
  fi
done

ls -l "${BUILT[@]}"
