//! The translator's domain: translations of articles with their status (`translations`),
//! what changed in their source (`changes`), the translators' dashboard (`overview`), the
//! translation memory and the blocks it pairs (`memory`), and interface strings in
//! Fluent, one message at a time (`strings`).

pub(crate) mod changes;
pub(crate) mod memory;
pub(crate) mod overview;
pub(crate) mod strings;
pub(crate) mod translations;
