//! Where the repository, its fixture publication and the built binaries are.

use std::path::{Path, PathBuf};

/// The repository's root.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(2)
        .expect("this crate lives in crates/test-support")
        .to_path_buf()
}

/// The fixture publication's configuration, which every test site starts from.
pub fn fixture_config() -> PathBuf {
    repo_root().join("tests/fixtures/publication/site.toml")
}

/// `target/debug` (or `$CARGO_TARGET_DIR/debug`): the folder above this test's `deps/`.
pub fn bin_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    exe.parent()
        .and_then(Path::parent)
        .expect("test binaries live in <target>/<profile>/deps")
        .to_path_buf()
}

/// A binary of the workspace, which must have been built first.
pub fn binary(name: &str) -> PathBuf {
    let path = bin_dir().join(name);
    assert!(
        path.exists(),
        "{} is missing: build it first with `cargo build -p dateline -p dateline-site` (make test does)",
        path.display()
    );
    path
}
