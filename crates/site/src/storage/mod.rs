//! Where the site keeps its state, behind a small trait.
//!
//! One SQLite file serves a single `dateline-site` process; a publication that outgrows
//! one machine will run several processes over PostgreSQL. The trait is the seam for
//! that: handlers see only these operations, never SQL. Writes that must not race
//! (an article's version, an idempotency key) are compare-and-swap inside one
//! transaction, so they stay correct with several processes on one database.
//!
//! The methods are blocking; the server calls them through `spawn_blocking`.

pub(crate) mod newsroom;
mod readers;
mod sqlite;

use chrono::{DateTime, SecondsFormat, Utc};
use dateline_protocol::{ArticlePut, Role};
use uuid::Uuid;

pub use readers::{
    BillingEvent, BillingOutcome, MailTokenPurpose, NewsletterRequest, NewsletterStatus,
    PendingSignup, RateCheck, RateOutcome, ReaderStore, SignupConfirmation,
};
pub use sqlite::SqliteStorage;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database migration: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// The article's version moved between reading and writing it.
    #[error("the article changed while it was being written")]
    VersionConflict,
    /// Another article already has this slug in this locale.
    #[error("the slug {slug:?} is already used in {locale}")]
    SlugTaken { locale: String, slug: String },
    /// A concurrent request with the same idempotency key won the race.
    #[error("the idempotency key was used concurrently")]
    IdempotencyKeyTaken,
    #[error("the value already exists")]
    Duplicate,
    #[error("stored data is unreadable: {0}")]
    Corrupt(String),
    #[error("a storage task failed: {0}")]
    Task(String),
}

/// Timestamps are stored as fixed-width RFC 3339 UTC text, so comparing the text
/// compares the times.
pub fn timestamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenInfo {
    pub label: String,
    pub role: Role,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscriber {
    pub id: i64,
    pub email: String,
    /// PHC string (argon2id).
    pub password_hash: String,
    pub tier: String,
    pub created_at: String,
}

/// One locale's text as stored: the source and what the server rendered from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredText {
    pub locale: String,
    pub title: String,
    pub standfirst: String,
    pub slug: String,
    pub body: String,
    pub free_html: String,
    pub paid_html: Option<String>,
    pub word_count: u32,
    pub reading_minutes: u32,
}

/// An accepted `PUT`, ready to be stored.
#[derive(Debug, Clone)]
pub struct ArticleWrite {
    pub id: Uuid,
    /// The version this write creates.
    pub version: u64,
    pub put: ArticlePut,
    /// When readers may first see it (timestamp text).
    pub visible_at: String,
    pub texts: Vec<StoredText>,
    pub now: String,
}

/// An article as the API sees it.
#[derive(Debug, Clone)]
pub struct StoredArticle {
    pub id: Uuid,
    pub version: u64,
    pub unpublished: bool,
    pub visible_at: String,
    pub put: ArticlePut,
}

/// A stored answer to a write, replayed when the same key comes again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdempotencyRecord {
    pub token_hash: String,
    pub key: String,
    /// Hash of what was asked (method, path, preconditions, body).
    pub fingerprint: String,
    pub status: u16,
    /// `(name, value)` pairs of the headers that belong to the answer.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    pub created_at: String,
}

/// A locale's override of the site's interface strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredStrings {
    pub locale: String,
    pub ftl: String,
    pub version: u64,
    pub updated_at: String,
}

/// An uploaded image, whose bytes are in the media folder under `name`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRecord {
    /// `<sha256 hex>.<ext>`
    pub name: String,
    pub mime: String,
    pub size: u64,
    pub created_at: String,
}

/// A line of a listing: enough for a headline, never the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleSummary {
    pub id: Uuid,
    pub section: String,
    pub title: String,
    pub standfirst: String,
    pub slug: String,
    pub visible_at: String,
    /// So a listing can mark stories that are not free to read.
    pub tier: String,
}

/// An entry of a language's feed. The HTML is here so the feed can decide, as the
/// article page does: it carries the body only of articles every reader may read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    pub summary: ArticleSummary,
    pub byline: String,
    pub updated_at: String,
    pub free_html: String,
    pub paid_html: Option<String>,
}

/// Where an old address of an article leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OldAddress {
    /// The article is out: its `section` and the text's current `slug`.
    Moved { section: String, slug: String },
    /// The article was withdrawn, as its current address says (410).
    Gone,
}

/// Where a visible article is, for links to it: its section and every text's slug.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleAddress {
    pub id: Uuid,
    pub source_locale: String,
    pub section: String,
    /// `(locale, slug)` of every text, by locale.
    pub texts: Vec<(String, String)>,
}

/// An article as the sitemap lists it: every text's address, for the alternates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitemapArticle {
    pub id: Uuid,
    pub section: String,
    /// When it last changed as readers see it: its last write, or when it appeared if
    /// that was later (an article written before its scheduled time).
    pub updated_at: String,
    /// `(locale, slug)` of every text, by locale.
    pub texts: Vec<(String, String)>,
}

/// Everything an article page needs, for one locale. `paid_html` is here so the page
/// can decide; the page handler drops it for readers who may not see it.
#[derive(Debug, Clone)]
pub struct ArticlePage {
    pub id: Uuid,
    pub section: String,
    pub tier: String,
    pub byline: String,
    pub source_url: Option<String>,
    pub visible_at: String,
    /// The last write of the article (publishing, updating).
    pub updated_at: String,
    pub unpublished: bool,
    pub tags: Vec<String>,
    pub text: StoredText,
    /// `(locale, slug)` of every text of this article, this one included.
    pub translations: Vec<(String, String)>,
}

/// Everything the site stores; the readers' operations are in [`ReaderStore`], the
/// newsroom's relay in [`newsroom::NewsroomStore`].
pub trait Storage: ReaderStore + newsroom::NewsroomStore + Send + Sync + std::fmt::Debug {
    // API tokens, stored as hashes only.
    fn insert_token(
        &self,
        hash: &str,
        role: Role,
        label: &str,
        now: &str,
    ) -> Result<(), StorageError>;
    /// The role and label (the holder's name) of the token with this hash.
    fn token_holder(&self, hash: &str) -> Result<Option<(Role, String)>, StorageError>;
    fn list_tokens(&self) -> Result<Vec<TokenInfo>, StorageError>;
    /// How many tokens were removed.
    fn revoke_token(&self, label: &str) -> Result<usize, StorageError>;

    // Readers' accounts.
    fn insert_subscriber(
        &self,
        email: &str,
        password_hash: &str,
        tier: &str,
        now: &str,
    ) -> Result<(), StorageError>;
    fn subscriber(&self, email: &str) -> Result<Option<Subscriber>, StorageError>;
    /// Whether a subscriber with this e-mail exists.
    fn set_subscriber_tier(&self, email: &str, tier: &str) -> Result<bool, StorageError>;
    fn list_subscribers(&self) -> Result<Vec<Subscriber>, StorageError>;

    // Sign-in sessions, stored as hashes only.
    fn insert_session(
        &self,
        hash: &str,
        subscriber_id: i64,
        now: &str,
        expires_at: &str,
    ) -> Result<(), StorageError>;
    fn session_subscriber(&self, hash: &str, now: &str)
    -> Result<Option<Subscriber>, StorageError>;
    fn delete_session(&self, hash: &str) -> Result<(), StorageError>;

    // Articles.
    fn article(&self, id: Uuid) -> Result<Option<StoredArticle>, StorageError>;
    /// The article that holds `slug` in `locale`, if any.
    fn slug_owner(&self, locale: &str, slug: &str) -> Result<Option<Uuid>, StorageError>;
    /// Stores a write if the article's current version is `expected` (`None`: it must
    /// not exist yet), together with the answer to replay for its idempotency key.
    fn save_article(
        &self,
        write: &ArticleWrite,
        expected: Option<u64>,
        answer: &IdempotencyRecord,
    ) -> Result<(), StorageError>;
    /// Takes an article off the site if its version is `expected`, as version `version`.
    fn unpublish_article(
        &self,
        id: Uuid,
        expected: u64,
        version: u64,
        answer: &IdempotencyRecord,
    ) -> Result<(), StorageError>;
    fn idempotency(
        &self,
        token_hash: &str,
        key: &str,
    ) -> Result<Option<IdempotencyRecord>, StorageError>;

    // The site's interface strings, overridden per locale.
    fn site_strings(&self, locale: &str) -> Result<Option<StoredStrings>, StorageError>;
    fn all_site_strings(&self) -> Result<Vec<StoredStrings>, StorageError>;
    /// Stores `strings` if the locale's current version is `expected` (`None`: it has no
    /// override yet), together with the answer to replay for its idempotency key.
    fn save_site_strings(
        &self,
        strings: &StoredStrings,
        expected: Option<u64>,
        answer: &IdempotencyRecord,
    ) -> Result<(), StorageError>;

    // Uploaded images (their bytes are files; these are the records of them).
    fn media(&self, name: &str) -> Result<Option<MediaRecord>, StorageError>;
    /// Records an upload whose file is already in place, with the answer for its
    /// idempotency key, made by `answer(created)`: `created` is false when the image was
    /// already recorded (the same bytes uploaded before).
    fn save_media(
        &self,
        media: &MediaRecord,
        answer: &dyn Fn(bool) -> IdempotencyRecord,
    ) -> Result<bool, StorageError>;

    // Reader's pages: only what readers may see at `now`.
    /// Newest first; `section` includes its subsections.
    fn visible_articles(
        &self,
        locale: &str,
        section: Option<&str>,
        now: &str,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>, StorageError>;
    /// The text with this slug in this locale, whatever its state: the caller decides
    /// between 404 (scheduled), 410 (unpublished) and the page.
    fn article_page(&self, locale: &str, slug: &str) -> Result<Option<ArticlePage>, StorageError>;
    /// [`Storage::visible_articles`] from the `offset`-th on, for paged listings.
    fn visible_articles_from(
        &self,
        locale: &str,
        section: Option<&str>,
        now: &str,
        offset: u32,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>, StorageError>;
    /// Visible articles in `locale` like article `id`: sharing more of its tags first,
    /// then in its section, then newest; never `id` itself.
    fn related_articles(
        &self,
        locale: &str,
        id: Uuid,
        now: &str,
        limit: u32,
    ) -> Result<Vec<ArticleSummary>, StorageError>;
    /// The newest visible articles in `locale`, for its feed.
    fn feed_items(
        &self,
        locale: &str,
        now: &str,
        limit: u32,
    ) -> Result<Vec<FeedItem>, StorageError>;
    /// Where each of `ids` that readers may see at `now` is: the targets of links
    /// between articles. Articles not visible are left out.
    fn article_addresses(
        &self,
        ids: &[Uuid],
        now: &str,
    ) -> Result<Vec<ArticleAddress>, StorageError>;
    /// What became of the article whose `locale` text had `slug` before it changed:
    /// the old address answers as the current one would. `None` while readers may not
    /// know of it (scheduled) or when no text ever had that slug.
    fn moved_slug(
        &self,
        locale: &str,
        slug: &str,
        now: &str,
    ) -> Result<Option<OldAddress>, StorageError>;
    /// Visible articles, newest first, with the address of every text.
    fn sitemap_articles(&self, now: &str, limit: u32) -> Result<Vec<SitemapArticle>, StorageError>;
    /// When the next article scheduled after `now` becomes visible, if one is.
    fn next_visible_after(&self, now: &str) -> Result<Option<String>, StorageError>;
}
