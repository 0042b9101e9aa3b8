//! Pure functions over text that several domains share: folding for search and the
//! word diffs of revisions and translations. No database here.

pub(crate) mod diff;
pub(crate) mod fold;
pub(crate) mod lines;
pub mod merge;
