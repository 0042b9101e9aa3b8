//! The translator's domain: translations of articles with their status (`translations`),
//! what changed in their source (`changes`), the translators' dashboard (`overview`), the
//! blocks translators work in and where a cut stands in them (`blocks`), the
//! translation memory (`memory`), and interface strings in
//! Fluent, one message at a time (`strings`).

pub(crate) mod blocks;
pub(crate) mod changes;
pub(crate) mod memory;
pub(crate) mod overview;
pub(crate) mod strings;
pub(crate) mod translations;
