//! Fuzzes the whole pipeline: any UTF-8 body, rendered every way a page can show it
//! (free and paid tier, site and desk image base, cut and whole), must contain nothing
//! executable. The property and its HTML5-parser checker are the ones the crate's tests
//! use, included by path so the two cannot drift apart.

#![no_main]

#[path = "../../crates/render/tests/support/audit.rs"]
mod audit;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    audit::fuzz_one(data);
});
