//! What the site keeps for the newsroom: every desk's log of records, the revisions
//! those records name, and the little the role checks need of each article. The site
//! relays; it never merges, so nothing here interprets a text.

use uuid::Uuid;

use super::StorageError;

/// A desk the site knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncDesk {
    /// The token holder (the token's label) whose desk it is.
    pub holder: String,
    /// How far its log goes here.
    pub last_seq: u64,
}

/// One entry of a desk's log as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncEntry {
    pub seq: u64,
    pub id: Uuid,
    /// Who pushed it: the token holder.
    pub author: String,
    /// The record's JSON; `None` when it was refused.
    pub record: Option<String>,
    /// Why it was refused (a `Refusal`'s JSON).
    pub refusal: Option<String>,
}

/// A revision the site holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncNode {
    pub article_id: Uuid,
    /// `None` for a revision of the article's metadata.
    pub locale: Option<String>,
    /// The JSON of the record that brought it.
    pub record: String,
}

/// What role checks need of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncArticle {
    /// The holder who started it.
    pub owner: String,
    pub source_locale: String,
}

/// An entry to append, with what it adds to the site's knowledge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSyncEntry {
    pub seq: u64,
    pub id: Uuid,
    pub record: Option<String>,
    pub refusal: Option<String>,
    /// The revision it brings: `(revision id, article id, locale)`.
    pub node: Option<(Uuid, Uuid, Option<String>)>,
    /// A new metadata state: `(article id, source locale)`; the first one also
    /// makes the pusher the article's owner.
    pub article: Option<(Uuid, String)>,
}

pub trait NewsroomStore {
    /// How far each desk's log goes.
    fn sync_status(&self) -> Result<Vec<(Uuid, u64)>, StorageError>;
    fn sync_desk(&self, desk: Uuid) -> Result<Option<SyncDesk>, StorageError>;
    /// Up to `limit` entries of `desk`'s log after `after`, in order.
    fn sync_entries(
        &self,
        desk: Uuid,
        after: u64,
        limit: u32,
    ) -> Result<Vec<SyncEntry>, StorageError>;
    /// Where the record with this id is: `(desk, seq)`.
    fn sync_record_place(&self, id: Uuid) -> Result<Option<(Uuid, u64)>, StorageError>;
    fn sync_node(&self, id: Uuid) -> Result<Option<SyncNode>, StorageError>;
    fn sync_article(&self, id: Uuid) -> Result<Option<SyncArticle>, StorageError>;
    /// Appends `entries` to `desk`'s log, whose last entry must still be `after` (else
    /// [`StorageError::VersionConflict`]: another push of the same desk went first), and
    /// binds a new desk to `holder` (a desk bound to someone else is
    /// [`StorageError::Duplicate`]). All or nothing.
    fn sync_append(
        &self,
        desk: Uuid,
        holder: &str,
        after: u64,
        entries: &[NewSyncEntry],
        now: &str,
    ) -> Result<(), StorageError>;
}
