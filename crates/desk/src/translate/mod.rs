//! The translator's domain: translations of articles with their status and what changed
//! in their source (`translations`), the translation memory and the blocks it pairs
//! (`memory`), and interface strings in Fluent, one message at a time (`strings`).

pub(crate) mod memory;
pub(crate) mod strings;
pub(crate) mod translations;
