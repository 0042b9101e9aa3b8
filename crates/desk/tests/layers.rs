//! The desk core's map, enforced: each domain folder uses only the ones before it in
//! [`LAYERS`], and no module imports another that imports it back (directly or round
//! a longer loop). docs/ARCHITECTURE.md ("The desk core") draws the same map.
//!
//! Read from the source: every `crate::…` path outside the `#[cfg(test)]` modules,
//! resolved to the module that defines it (a name the crate root re-exports counts as
//! a use of the module it comes from).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Lowest first. `lib` (the `Desk` facade) may use them all; everything may name `Desk`.
const LAYERS: &[&[&str]] = &[
    &["error", "clock", "changes"],
    &["text"],
    &["store"],
    &["content"],
    &["search"],
    &["sites"],
    &["translate"],
    &["publishing"],
    &["newsroom"],
    &["transfer", "interface"],
];

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// `content/articles.rs` → `content::articles`; `store/mod.rs` → `store`.
fn module_name(path: &Path) -> String {
    let rel = path.strip_prefix(SRC).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts.join("::")
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code outside `#[cfg(test)]` items (they come last in every file here).
fn non_test_code(text: &str) -> &str {
    match text.find("#[cfg(test)]\nmod ") {
        Some(i) => &text[..i],
        None => text,
    }
}

struct Crate {
    modules: BTreeSet<String>,
    /// Names the crate root re-exports, and the module each comes from.
    reexports: BTreeMap<String, String>,
    /// Each module's source outside its tests.
    code: BTreeMap<String, String>,
}

fn read_crate() -> Crate {
    let mut files = Vec::new();
    sources(Path::new(SRC), &mut files);
    let mut code = BTreeMap::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        code.insert(module_name(f), non_test_code(&text).to_owned());
    }
    code.remove("testutil");
    let modules: BTreeSet<String> = code.keys().cloned().collect();
    let use_re = regex::Regex::new(r"pub use ([\w:]+?)::(\{[^}]*\}|\w+);").unwrap();
    let mut reexports = BTreeMap::new();
    for m in use_re.captures_iter(&code["lib"]) {
        for name in m[2].trim_matches(|c| c == '{' || c == '}').split(',') {
            let name = name.trim();
            if !name.is_empty() {
                reexports.insert(name.to_owned(), m[1].to_owned());
            }
        }
    }
    Crate {
        modules,
        reexports,
        code,
    }
}

impl Crate {
    /// The module a `crate::a::b::c` path points into: the longest prefix that is a
    /// module, or the module a re-exported name comes from.
    fn resolve(&self, path: &str) -> Option<String> {
        let parts: Vec<&str> = path.split("::").collect();
        if let Some(from) = self.reexports.get(parts[0]) {
            return Some(from.clone());
        }
        (1..=parts.len())
            .rev()
            .map(|k| parts[..k].join("::"))
            .find(|m| self.modules.contains(m))
    }

    /// Module → the modules it uses.
    fn uses(&self) -> BTreeMap<String, BTreeSet<String>> {
        let path_re = regex::Regex::new(r"crate::((?:\w+::)*\w+)").unwrap();
        // `use crate::a::{b, c::d}` lists paths in braces after a common prefix.
        let group_re = regex::Regex::new(r"crate::((?:\w+::)*)\{([^}]*)\}").unwrap();
        let mut uses = BTreeMap::new();
        for (module, text) in &self.code {
            let mut found = BTreeSet::new();
            let mut paths: Vec<String> = path_re
                .captures_iter(text)
                .map(|c| c[1].to_owned())
                .collect();
            for g in group_re.captures_iter(text) {
                for item in g[2].split(',') {
                    let item = item.trim().trim_start_matches('{').trim();
                    match item {
                        "" => {}
                        "self" => paths.push(g[1].trim_end_matches("::").to_owned()),
                        _ => paths.push(format!("{}{item}", &g[1])),
                    }
                }
            }
            for p in paths.iter().filter(|p| !p.is_empty()) {
                if let Some(target) = self.resolve(p)
                    && target != *module
                    && target != "lib"
                {
                    found.insert(target);
                }
            }
            uses.insert(module.clone(), found);
        }
        uses
    }
}

fn folder(module: &str) -> &str {
    module.split("::").next().unwrap()
}

fn layer(folder: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&folder))
}

#[test]
fn each_domain_uses_only_the_ones_below_it() {
    let krate = read_crate();
    let mut wrong = Vec::new();
    for (module, targets) in krate.uses() {
        let from = folder(&module);
        if from == "lib" {
            continue;
        }
        let Some(from_layer) = layer(from) else {
            wrong.push(format!("{module} is in no layer of LAYERS"));
            continue;
        };
        for target in targets {
            let to = folder(&target);
            if to != from && layer(to).is_none_or(|l| l >= from_layer) {
                wrong.push(format!("{module} uses {target}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let uses = read_crate().uses();
    // Depth-first search for a back edge; the loop found is reported as a path.
    fn visit(
        m: &str,
        uses: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, bool>,
        stack: &mut Vec<String>,
        loops: &mut Vec<String>,
    ) {
        state.insert(m.to_owned(), true);
        stack.push(m.to_owned());
        for next in uses.get(m).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(true) => {
                    let start = stack.iter().position(|s| s == next).unwrap();
                    loops.push(format!("{} -> {next}", stack[start..].join(" -> ")));
                }
                Some(false) => {}
                None => visit(next, uses, state, stack, loops),
            }
        }
        stack.pop();
        state.insert(m.to_owned(), false);
    }
    let (mut state, mut loops) = (BTreeMap::new(), Vec::new());
    for m in uses.keys() {
        if !state.contains_key(m.as_str()) {
            visit(m, &uses, &mut state, &mut Vec::new(), &mut loops);
        }
    }
    assert!(loops.is_empty(), "import cycles:\n{}", loops.join("\n"));
}

#[test]
fn the_map_reads_the_source() {
    // The check above is only as good as its reading: it must see the uses that are there.
    let uses = read_crate().uses();
    assert!(uses["content::articles"].contains("content::texts"));
    assert!(uses["publishing::sender"].contains("publishing::outbox"));
    assert!(uses["search"].contains("content::articles"));
}
