#!/usr/bin/env bash
# Fluent checks and formatting, measured (issue 6, "Measured"; results in
# docs/PERFORMANCE.md, "Fluent checks").
#  1. Checking a locale of N messages (default 5,000) against its reference: ftl-check
#     (release build) and compare-locales on the same generated files, alternately, in
#     the same run.
#  2. A Mozilla-style project described by an l10n.toml (LOCALES=30 locales of FILES=14
#     files of PER_FILE=60 messages; brand terms in brands.ftl used by the other files,
#     `[1]` variants, partial locales): `ftl-check --config` and compare-locales on the
#     same configuration, alternately, in the same run.
#  3. Formatting every message of a 500-message bundle with fluent-bundle, and with
#     @fluent/bundle (the desk's front end) when ui/node_modules has it.
# compare-locales is skipped with a message when it is not installed
# (pip install compare-locales).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-5000}
LOCALES=${LOCALES:-30}
FILES=${FILES:-14}
PER_FILE=${PER_FILE:-60}
RUNS=${RUNS:-5}
target=${CARGO_TARGET_DIR:-target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --quiet --release -p dateline-l10n --bin ftl-check --example format_all

# A reference and a French translation of N messages: plain, with variables, plurals and
# attributes, terms and references; one message in 500 missing and one in 500 with a
# renamed variable, so both tools have something to report.
python3 - "$work" "$N" <<'PY'
import os, sys
work, n = sys.argv[1], int(sys.argv[2])
for loc in ("en-US", "fr"):
    os.makedirs(os.path.join(work, "locales", loc), exist_ok=True)
def entries(fr):
    yield "-brand = Dateline\n"
    for i in range(n):
        kind = i % 5
        if fr and i % 500 == 7:
            continue
        var = "nom" if fr and i % 500 == 11 else "name"
        if kind == 0:
            yield f"msg-{i} = {'Texte' if fr else 'Plain text'} numéro {i}\n"
        elif kind == 1:
            yield f"msg-{i} = {'Bonjour' if fr else 'Hello'}, {{ ${var} }} ({i})\n"
        elif kind == 2:
            one, other = ("Un fichier", "{ $count } fichiers") if fr else ("One file", "{ $count } files")
            yield f"msg-{i} =\n    {{ $count ->\n        [one] {one}\n       *[other] {other}\n    }}\n"
        elif kind == 3:
            yield f"msg-{i} = {'Enregistrer' if fr else 'Save'} {i}\n    .title = {'Enregistrer' if fr else 'Save'} {{ ${var} }}\n    .accesskey = S\n"
        else:
            yield f"msg-{i} = {'À propos de' if fr else 'About'} {{ -brand }}, {{ msg-{i - 4} }}\n"
for loc, fr in (("en-US", False), ("fr", True)):
    with open(os.path.join(work, "locales", loc, "app.ftl"), "w") as f:
        f.writelines(entries(fr))
# 500 messages for formatting.
n = 500
with open(os.path.join(work, "format.ftl"), "w") as f:
    f.writelines(entries(False))
PY
wc -l "$work"/locales/*/app.ftl >&2

echo "## checking fr against en-US, $N messages, $RUNS runs each, alternately"
have_cl=true
command -v compare-locales >/dev/null || { have_cl=false; echo "compare-locales: SKIPPED (not installed)"; }
cat > "$work/l10n.toml" <<TOML
basepath = "$work/locales"
locales = ["fr"]
[[paths]]
    reference = "en-US/*.ftl"
    l10n = "{l10n_base}/{locale}/*.ftl"
TOML
now() { date +%s.%N; }
ours=() theirs=()
for _ in $(seq "$RUNS"); do
  t0=$(now); "$target/release/ftl-check" "$work/locales" >"$work/ours.txt" 2>/dev/null || true; t1=$(now)
  ours+=("$(echo "($t1 - $t0) * 1000" | bc -l)")
  if $have_cl; then
    t0=$(now); compare-locales "$work/l10n.toml" "$work/locales" fr >"$work/theirs.txt" 2>&1 || true; t1=$(now)
    theirs+=("$(echo "($t1 - $t0) * 1000" | bc -l)")
  fi
done
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "best %.0f ms, median %.0f ms", a[1], a[int((NR+1)/2)]}'; }
echo "ftl-check:       $(stats "${ours[@]}")  ($(grep -c ': error: ' "$work/ours.txt") errors, $(grep -c ': warning: ' "$work/ours.txt") warnings)"
if $have_cl; then
  echo "compare-locales: $(stats "${theirs[@]}")  ($(compare-locales --version 2>&1 | tr -d '\n'); $(grep -cE '^ +(ERROR|WARNING)' "$work/theirs.txt") errors+warnings, $(grep -cE '^ +\+' "$work/theirs.txt") missing)"
fi

# A project as Mozilla's are: en-US plus LOCALES locales, each FILES files, brand terms
# defined once in branding/brands.ftl and used by the other files, `[1]` variants in
# en-US (which cover English `one`), plurals with each locale's categories; one locale
# in three lacks one message in ten, one in five lacks a whole file, and one in four has
# a `*[other]` that lost its `{ $count }` in every file (variant-lost-variable).
python3 - "$work/project" "$LOCALES" "$FILES" "$PER_FILE" <<'PY'
import os, sys
root, n_locales, n_files, per_file = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
# CLDR cardinal categories besides `other` (as intl_pluralrules has them).
CATEGORIES = {
    "de": "one", "fr": "one", "es": "one", "it": "one", "nl": "one", "pt-BR": "one",
    "pt-PT": "one", "sv-SE": "one", "da": "one", "nb-NO": "one", "fi": "one",
    "pl": "one few many", "cs": "one few many", "sk": "one few many", "ru": "one few many",
    "uk": "one few many", "hu": "one", "ro": "one few", "tr": "one", "el": "one",
    "ja": "", "zh-CN": "", "zh-TW": "", "ko": "", "ar": "zero one two few many",
    "he": "one two many", "id": "", "vi": "", "th": "", "ca": "one",
}
locales = list(CATEGORIES)[:n_locales]
def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
BRANDS = "-brand-short = Lumen\n-brand-full = Lumen Browser\n-vendor = Harbor Works\n"
def entries(loc, f, li):
    cats = CATEGORIES[loc].split() if loc != "en-US" else ["1"]
    out = []
    for i in range(per_file):
        if loc != "en-US" and li % 3 == 1 and i % 10 == 3:
            continue
        msg = f"file{f}-msg{i}"
        kind = i % 6
        word = "Text" if loc == "en-US" else f"Text-{loc}"
        if kind == 0:
            out.append(f"{msg} = {word} {i} of {{ -brand-short }}\n")
        elif kind == 1:
            out.append(f"{msg} = {word}, {{ $name }} ({i})\n")
        elif kind == 2:
            lost = loc != "en-US" and li % 4 == 2 and i == 2
            other = f"{word} files" if lost else f"{{ $count }} {word} files"
            variants = "".join(f"        [{c}] {{ $count }} {word} {c}\n" for c in cats)
            out.append(f"{msg} =\n    {{ $count ->\n{variants}       *[other] {other}\n    }}\n")
        elif kind == 3:
            out.append(f"{msg} = {word} {i}\n    .title = {word} {{ $name }}\n    .accesskey = S\n")
        elif kind == 4:
            out.append(f"{msg} = {word} {{ -brand-full }}, {{ file{f}-msg{i - 4} }}\n")
        else:
            out.append(f"{msg} = {{ -vendor }} {word} {i}\n")
    return "".join(out)
for li, loc in enumerate(["en-US"] + locales):
    write(os.path.join(root, loc, "branding", "brands.ftl"), BRANDS)
    for f in range(n_files - 1):
        if loc != "en-US" and li % 5 == 4 and f == 0:
            continue
        write(os.path.join(root, loc, "app", f"file{f}.ftl"), entries(loc, f, li))
quoted = ", ".join(f'"{l}"' for l in locales)
write(os.path.join(root, "l10n.toml"), f"""basepath = "."
locales = [{quoted}]

[env]
    l = "{{l10n_base}}/{{locale}}/"

[[paths]]
    reference = "en-US/**"
    l10n = "{{l}}**"
""")
PY
project_locales=$(sed -n 's/^locales = \[\(.*\)\]/\1/p' "$work/project/l10n.toml" | tr -d '",')
echo "## a project: $LOCALES locales x $FILES files x $PER_FILE messages, through l10n.toml, $RUNS runs each, alternately"
find "$work/project" -name '*.ftl' | wc -l | sed 's/$/ .ftl files/' >&2
ours=() theirs=()
for _ in $(seq "$RUNS"); do
  t0=$(now); "$target/release/ftl-check" --config "$work/project/l10n.toml" >"$work/ours.txt" 2>&1 || true; t1=$(now)
  ours+=("$(echo "($t1 - $t0) * 1000" | bc -l)")
  if $have_cl; then
    # shellcheck disable=SC2086 # one argument per locale
    t0=$(now); compare-locales "$work/project/l10n.toml" "$work/project" $project_locales >"$work/theirs.txt" 2>&1 || true; t1=$(now)
    theirs+=("$(echo "($t1 - $t0) * 1000" | bc -l)")
  fi
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "ftl-check --config: $(stats "${ours[@]}")  ($(tail -1 "$work/ours.txt"); $(grep -c ': missing-message: ' "$work/ours.txt") missing messages, $(grep -c ': missing-file: ' "$work/ours.txt") missing files, $(grep -c ': variant-lost-variable: ' "$work/ours.txt") variant-lost-variable)"
if $have_cl; then
  echo "compare-locales:    $(stats "${theirs[@]}")  ($(grep -cE '^ +(ERROR|WARNING)' "$work/theirs.txt") errors+warnings, $(grep -cE '^ +\+' "$work/theirs.txt") missing messages, $(grep -c 'add and localize this file' "$work/theirs.txt") missing files)"
  echo "compare-locales / ftl-check, medians: $(echo "$(median "${theirs[@]}") / $(median "${ours[@]}")" | bc -l | xargs printf '%.1f')x"
fi

echo "## formatting every message of a 500-message bundle, 50 passes"
echo -n "fluent-bundle (Rust, release): "
"$target/release/examples/format_all" "$work/format.ftl" en-US 50
# The desk's front end formats with @fluent/bundle: the same file, the same arguments.
js=${FLUENT_BUNDLE_JS:-ui/node_modules/@fluent/bundle}
if [ -f "$js/package.json" ]; then
  echo -n "@fluent/bundle $(node -p "require('$(realpath "$js")/package.json').version") (Node $(node --version)): "
  node --input-type=module - "$(realpath "$js")/esm/index.js" "$work/format.ftl" 50 <<'JS'
const [, , bundleJs, path, passes] = process.argv;
const { FluentBundle, FluentResource } = await import(bundleJs);
const fs = await import("node:fs");
const source = fs.readFileSync(path, "utf8");
const bundle = new FluentBundle("en-US", { useIsolating: false });
bundle.addResource(new FluentResource(source));
const ids = [...source.matchAll(/^([a-zA-Z][\w-]*) =/gm)].map((m) => m[1]);
const args = { name: "Ada", count: 3 };
const times = [];
let bytes = 0;
for (let p = 0; p < Number(passes); p++) {
  const start = process.hrtime.bigint();
  bytes = 0;
  for (const id of ids) {
    const message = bundle.getMessage(id);
    if (message.value) bytes += bundle.formatPattern(message.value, args).length;
    for (const attr of Object.values(message.attributes)) bytes += bundle.formatPattern(attr, args).length;
  }
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
console.log(`formatted ${ids.length} messages (${bytes} UTF-16 units) per pass, ${passes} passes: best ${times[0].toFixed(2)} ms, median ${times[times.length >> 1].toFixed(2)} ms`);
JS
else
  echo "@fluent/bundle: SKIPPED (no $js: run npm ci in ui/, or set FLUENT_BUNDLE_JS)"
fi
