//! Fuzzes the publishing API's request bodies: any bytes, parsed and checked as a
//! `PUT /articles/{id}` body and as a `PUT /strings/{locale}` body by the same functions
//! the handlers run (`dateline_site::api_fuzz`), must be answered with an acceptable
//! value or a 400/422 refusal, never a panic. The property is the one the site's tests
//! run on stable, included by path so the two cannot drift apart.

#![no_main]

#[path = "../../crates/site/tests/support/api_bodies.rs"]
mod api_bodies;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    api_bodies::fuzz_one(data);
});
