//! Embeds every `locales/<locale>/<domain>.ftl` of the repository, so the desk and the
//! site carry their interface strings inside their binaries.

use std::{env, fs, path::Path};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let locales = Path::new(&manifest).join("../../locales");
    println!("cargo:rerun-if-changed={}", locales.display());

    let mut entries = Vec::new();
    let mut dirs: Vec<_> = fs::read_dir(&locales)
        .expect("locales/ exists at the repository root")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    dirs.sort_by_key(|e| e.file_name());
    for dir in dirs {
        println!("cargo:rerun-if-changed={}", dir.path().display());
        let locale = dir.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(dir.path())
            .expect("readable locale folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let domain = file
                .file_stem()
                .expect("file name")
                .to_string_lossy()
                .into_owned();
            let abs = fs::canonicalize(&file).expect("canonical path");
            entries.push(format!(
                "    ({locale:?}, {domain:?}, include_str!({:?})),\n",
                abs.display().to_string()
            ));
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.rs");
    fs::write(
        out,
        format!(
            "/// (locale, domain, .ftl source) for every file under locales/.\n\
             pub static CATALOG: &[(&str, &str, &str)] = &[\n{}];\n",
            entries.concat()
        ),
    )
    .expect("write catalog.rs");
}
