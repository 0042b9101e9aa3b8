#!/usr/bin/env python3
"""Runs Mozilla's compare-locales and our ftl-check on the same folder (laid out like
locales/: <locale>/<file>.ftl against en-US/<file>.ftl) and checks that every finding of
compare-locales has a counterpart in ftl-check's output: same locale, same file, same
message and the matching kind. Prints both counts and anything unmatched; exits 1 when
compare-locales found something ftl-check did not, 0 otherwise (and when compare-locales
is not installed: it says SKIPPED).

    scripts/compare-locales.py [--ftl-check PATH] DIR
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# compare-locales' message -> the ftl-check codes that report the same problem.
KINDS = [
    (r"^Missing attribute", {"missing-attribute"}),
    (r"^Obsolete attribute", {"obsolete-attribute"}),
    (r"^Missing value", {"missing-value"}),
    (r"^Obsolete value", {"obsolete-value"}),
    (r"^Attribute .* is duplicated", {"duplicate-attribute"}),
    (r"^Variant key .* is duplicated", {"duplicate-variant"}),
    (r"^Plural categories missing", {"missing-plural"}),
    (r"^Missing (message|term) reference", {"missing-reference"}),
    (r"^Obsolete (message|term) reference", {"obsolete-reference"}),
]
SYNTAX = {"syntax", "missing-default-variant", "multiple-default-variants"}
LINE = re.compile(r"^(?P<path>.*?):(?P<line>\d+):(?P<col>\d+): (?P<sev>\w+): (?P<code>[\w-]+): (?P<msg>.*)$")


def ours(ftl_check, root):
    out = subprocess.run([ftl_check, root], capture_output=True, text=True)
    findings = []
    for line in out.stdout.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        rel = os.path.relpath(m["path"], root).split(os.sep)
        findings.append({**m.groupdict(), "line": int(m["line"]), "locale": rel[0], "file": rel[1]})
    return findings


def theirs(root, locales):
    with tempfile.TemporaryDirectory() as tmp:
        toml = os.path.join(tmp, "l10n.toml")
        with open(toml, "w") as f:
            f.write('basepath = "%s"\nlocales = %s\n\n[[paths]]\n    reference = "en-US/*.ftl"\n'
                    '    l10n = "{l10n_base}/{locale}/*.ftl"\n' % (os.path.abspath(root), json.dumps(locales)))
        out_json = os.path.join(tmp, "out.json")
        subprocess.run(["compare-locales", "--json", out_json, toml, os.path.abspath(root), *locales],
                       capture_output=True, text=True)
        with open(out_json) as f:
            data = json.load(f)
    # "details" is a tree of path segments, collapsed where a folder has one child
    # ({"fr": {"a.ftl": [...]}} or {"fr/a.ftl": [...]}), with lists of findings as leaves.
    def leaves(tree, prefix):
        for key, value in tree.items():
            path = f"{prefix}/{key}" if prefix else key
            if isinstance(value, dict):
                yield from leaves(value, path)
            else:
                yield path, value
    findings = []
    for run in data:
        for path, items in leaves(run["details"], ""):
            locale, file = path.split("/", 1)
            for item in items:
                for kind, value in item.items():
                    findings.append({"locale": locale, "file": file, "kind": kind, "value": value})
    return findings


def matched(t, ours_here):
    kind, value = t["kind"], t["value"]
    def any_of(codes, text=None, pred=lambda o: True):
        return any(o["code"] in codes and (text is None or text in o["msg"]) and pred(o) for o in ours_here)
    if kind == "missingFile":
        return any_of({"missing-file"})
    if kind == "obsoleteFile":
        return any_of({"obsolete-file"})
    if kind == "missingEntity":
        # A broken entry is a syntax error for ftl-check, not also a missing one.
        return any_of({"missing-message", "missing-term"}, f" {value} ") or any_of(SYNTAX)
    if kind == "obsoleteEntity":
        return any_of({"obsolete-message", "obsolete-term"}, f" {value}:")
    m = re.match(r"^(?P<id>\S+) occurs \d+ times$", value)
    if m:
        return any_of({"duplicate-id"}, f"{m['id']} ")
    m = re.search(r'^Unparsed content .* from line (\d+) column \d+ to line (\d+)', value, re.S)
    if m:
        lo, hi = int(m[1]), int(m[2])
        return any_of(SYNTAX, pred=lambda o: lo <= o["line"] <= hi + 1)
    m = re.search(r" for (?P<id>\S+)$", value)
    for pattern, codes in KINDS:
        if re.search(pattern, value):
            return bool(m) and any_of(codes, m["id"])
    return False


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ftl-check", default=None)
    parser.add_argument("dir")
    args = parser.parse_args()
    if shutil.which("compare-locales") is None:
        print("SKIPPED: compare-locales is not installed (pip install compare-locales)")
        return 0
    ftl_check = args.ftl_check or os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "release", "ftl-check")
    locales = sorted(d for d in os.listdir(args.dir)
                     if d != "en-US" and os.path.isdir(os.path.join(args.dir, d)))
    our = ours(ftl_check, args.dir)
    their = theirs(args.dir, locales)
    unmatched = [t for t in their
                 if not matched(t, [o for o in our if o["locale"] == t["locale"] and o["file"] == t["file"]]
                                + [o for o in our if o["code"] in {"missing-message", "missing-term"}
                                   and o["file"] == t["file"] and f"into {t['locale']}" in o["msg"]])]
    print(f"compare-locales: {len(their)} findings; ftl-check: {len(our)} findings; "
          f"compare-locales findings ftl-check lacks: {len(unmatched)}")
    for t in unmatched:
        print(f"  UNMATCHED {t['locale']}/{t['file']}: {t['kind']}: {t['value']}")
    return 1 if unmatched else 0


if __name__ == "__main__":
    sys.exit(main())
