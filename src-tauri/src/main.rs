// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

/// The preview renders on every pause in typing; see `dateline-site`'s main for why
/// mimalloc (docs/PERFORMANCE.md, "Render").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    dateline_app::main()
}
