//! What the desk holds: articles and their metadata, their texts (every write of a text
//! goes through `texts`, which keeps the search index and the revision history in step),
//! revisions, images, the workflow and the bin; and what a site was last sent of an article
//! (`sent`).

pub(crate) mod articles;
pub(crate) mod history;
pub(crate) mod images;
pub(crate) mod metadata;
pub(crate) mod preview;
pub(crate) mod revisions;
pub(crate) mod sent;
pub(crate) mod states;
pub(crate) mod texts;
pub(crate) mod trash;
pub(crate) mod workflow;

use uuid::Uuid;

use crate::error::{DeskError, Result};

pub(crate) fn parse_id(s: &str) -> Result<Uuid> {
    Uuid::parse_str(s).map_err(|e| DeskError::storage(format!("bad article id {s:?}: {e}")))
}

pub(crate) fn no_article(id: Uuid) -> DeskError {
    DeskError::not_found(format!("no article {id}"))
}
