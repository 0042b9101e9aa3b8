//! The newsroom's records: what desks share through the site's `/sync/…` routes.
//!
//! Every change a desk makes to shared work (a revision of a text, a new state of an
//! article's metadata, a deletion…) is a [`SyncRecord`] in that desk's own log: an
//! append-only sequence numbered 1, 2, 3… with no gaps, as in atuin's record store. The
//! site keeps every desk's log and relays it; it checks each record (its shape, its
//! parents, the pushing token's role) but never merges: desks do, from the DAG the
//! records' parents form. Order comes from that DAG, never from the clocks, so a desk
//! whose clock is off still merges right.
//!
//! A round: `GET /sync/status` says how far each desk's log goes on the site; the desk
//! pushes the part of its own log the site lacks (`POST /sync/records`), then fetches
//! the part of each other desk's log it lacks (`GET /sync/desks/{desk}/records`).
//! Pushing a record again is harmless: the site answers with the verdict it gave the
//! first time (the record's id is its key for life).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::WorkflowState;

/// Records a push may carry at most, and a page of fetched records holds at most.
pub const MAX_RECORDS_PER_REQUEST: usize = 500;

/// One entry of a desk's log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct SyncRecord {
    /// Made once, on the desk (UUIDv7); the record's key for life.
    pub id: Uuid,
    /// The desk whose log this is.
    pub desk: Uuid,
    /// Its place in that log: 1 for the first record, then one more each time.
    #[ts(type = "number")]
    pub seq: u64,
    /// The desk's clock when it was made: shown to people, never used for order.
    pub created_at: DateTime<Utc>,
    pub change: Change,
}

/// What a record says happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum Change {
    /// A new revision of one locale's text of an article.
    Text(TextRevision),
    /// A new state of an article's metadata (every field, so any state can be read
    /// alone; desks merge two of them field by field against their common ancestor).
    Article(ArticleRevision),
    /// The article went to the bin (`deleted: true`) or came back from it.
    Bin { article_id: Uuid, deleted: bool },
}

impl Change {
    /// The article the change is about.
    pub fn article_id(&self) -> Uuid {
        match self {
            Change::Text(t) => t.article_id,
            Change::Article(a) => a.article_id,
            Change::Bin { article_id, .. } => *article_id,
        }
    }
}

/// How a revision came to be, as the revisions drawer tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RevisionKind {
    /// Taken while editing, at most every five minutes; thinned with age.
    Autosave,
    /// Asked for (Ctrl+S), with an optional label. Kept forever.
    Named,
    /// Taken when the workflow state changed; the label is the new state.
    Workflow,
    /// The text after a restore; the label is the id of the revision restored.
    Restore,
    /// The text as a Markdown import brought it in.
    Import,
    /// Two heads joined, by the merge or by a person resolving a conflict.
    Merge,
}

impl RevisionKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RevisionKind::Autosave => "autosave",
            RevisionKind::Named => "named",
            RevisionKind::Workflow => "workflow",
            RevisionKind::Restore => "restore",
            RevisionKind::Import => "import",
            RevisionKind::Merge => "merge",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [
            RevisionKind::Autosave,
            RevisionKind::Named,
            RevisionKind::Workflow,
            RevisionKind::Restore,
            RevisionKind::Import,
            RevisionKind::Merge,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// Where a translation stands, as its translator says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum TranslationStatus {
    InProgress,
    NeedsReview,
    Done,
}

impl TranslationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "in_progress",
            Self::NeedsReview => "needs_review",
            Self::Done => "done",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        [Self::InProgress, Self::NeedsReview, Self::Done]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

/// One revision of one locale's text: a node of that text's DAG.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct TextRevision {
    /// The revision's global id (UUIDv7).
    pub id: Uuid,
    pub article_id: Uuid,
    pub locale: String,
    /// The revisions it follows: none for a text's first, two for a merge.
    pub parents: Vec<Uuid>,
    pub kind: RevisionKind,
    /// A named version's name.
    #[serde(default)]
    pub label: Option<String>,
    pub title: String,
    pub standfirst: String,
    /// Markdown.
    pub body: String,
    pub slug: String,
    /// A translation's: the source text's revision it was made from, so that every
    /// desk sees the same translations outdated.
    #[serde(default)]
    pub source_revision: Option<Uuid>,
    /// A translation's status as its desk had it (`None` for the source text).
    #[serde(default)]
    pub status: Option<TranslationStatus>,
}

/// One state of an article's metadata: a node of the article's own DAG.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ArticleRevision {
    pub id: Uuid,
    pub article_id: Uuid,
    pub parents: Vec<Uuid>,
    pub source_locale: String,
    pub section: String,
    pub tags: Vec<String>,
    pub byline: String,
    #[serde(default)]
    pub source_url: Option<String>,
    /// The tier id; only editors may change it.
    pub tier: String,
    pub state: WorkflowState,
    #[serde(default)]
    pub publish_at: Option<DateTime<Utc>>,
}

/// `GET /sync/status`: how far each desk's log goes on the site.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncStatus {
    /// The last sequence number the site holds of each desk's log.
    #[ts(type = "Record<string, number>")]
    pub desks: BTreeMap<Uuid, u64>,
}

/// `POST /sync/records`: the next part of one desk's log, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncPush {
    pub desk: Uuid,
    pub records: Vec<SyncRecord>,
}

/// The site's verdict on one pushed record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RecordVerdict {
    pub id: Uuid,
    #[ts(type = "number")]
    pub seq: u64,
    /// `None`: stored and relayed. Otherwise why the site refused it: it keeps only
    /// that (the record's place in the log, its id and the reason), none of its content.
    #[serde(default)]
    pub refused: Option<Refusal>,
}

/// Why a record was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Refusal {
    pub code: RefusalCode,
    /// The field the pushing role may not change, or that is wrong.
    #[serde(default)]
    pub field: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum RefusalCode {
    /// The record is not a record (it does not parse, or says nonsense).
    Invalid,
    /// It names a parent revision nobody sent.
    UnknownParent,
    /// The token's role may not change this.
    Forbidden,
}

/// The answer to a push: a verdict for each record, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncPushed {
    pub verdicts: Vec<RecordVerdict>,
    /// The last sequence number of the desk's log the site now holds.
    #[ts(type = "number")]
    pub last_seq: u64,
}

/// A record as the site relays it: with who pushed it, by the token's name, which the
/// site sets (a desk cannot claim to be someone else).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RelayedRecord {
    pub record: SyncRecord,
    pub author: String,
}

/// `GET /sync/desks/{desk}/records?after=N`: the next records of a desk's log. Records
/// the site refused are left out; `last_seq` is how far this page went, refused ones
/// included, so that the next page starts after it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SyncPage {
    pub records: Vec<RelayedRecord>,
    #[ts(type = "number")]
    pub last_seq: u64,
    /// Whether the log goes on after this page.
    pub more: bool,
}
