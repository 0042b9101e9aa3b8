//! What the site checks of each pushed record before it keeps and relays it: that it
//! says something sensible (a locale, section and tier the site has), that the revisions
//! it follows exist, and that the pushing role may make that change. Writers change
//! their own articles' source texts and metadata (not the tier, the publish time or the
//! states past review), translators the translations, editors everything.

use std::collections::HashMap;

use dateline_protocol::sync::{ArticleRevision, Change, Refusal, RefusalCode, TextRevision};
use dateline_protocol::{Role, WorkflowState, is_valid_slug};
use uuid::Uuid;

use crate::config::SiteConfig;
use crate::storage::newsroom::SyncArticle;
use crate::storage::{Storage, StorageError};

/// The one pushing, as the site knows them from the token.
pub(super) struct Pusher<'a> {
    pub role: Role,
    pub holder: &'a str,
}

/// What the site knows while checking a push: its store, plus the records accepted
/// earlier in the same push (a new article's metadata, then its texts).
pub(super) struct Known<'a> {
    pub db: &'a dyn Storage,
    pub config: &'a SiteConfig,
    nodes: HashMap<Uuid, (Uuid, Option<String>, Change)>,
    articles: HashMap<Uuid, SyncArticle>,
}

impl<'a> Known<'a> {
    pub(super) fn new(db: &'a dyn Storage, config: &'a SiteConfig) -> Self {
        Self {
            db,
            config,
            nodes: HashMap::new(),
            articles: HashMap::new(),
        }
    }

    /// A revision, as `(article, locale, change)`.
    fn node(&self, id: Uuid) -> Result<Option<(Uuid, Option<String>, Change)>, StorageError> {
        if let Some(n) = self.nodes.get(&id) {
            return Ok(Some(n.clone()));
        }
        let Some(node) = self.db.sync_node(id)? else {
            return Ok(None);
        };
        let record: dateline_protocol::sync::SyncRecord = serde_json::from_str(&node.record)
            .map_err(|e| StorageError::Corrupt(format!("record of revision {id}: {e}")))?;
        Ok(Some((node.article_id, node.locale, record.change)))
    }

    fn article(&self, id: Uuid) -> Result<Option<SyncArticle>, StorageError> {
        match self.articles.get(&id) {
            Some(a) => Ok(Some(a.clone())),
            None => self.db.sync_article(id),
        }
    }

    /// Takes an accepted change into account for the rest of the push.
    pub(super) fn accept(&mut self, change: &Change, holder: &str) {
        match change {
            Change::Text(t) => {
                self.nodes
                    .insert(t.id, (t.article_id, Some(t.locale.clone()), change.clone()));
            }
            Change::Article(a) => {
                self.nodes
                    .insert(a.id, (a.article_id, None, change.clone()));
                let owner = self
                    .article(a.article_id)
                    .ok()
                    .flatten()
                    .map_or_else(|| holder.to_owned(), |known| known.owner);
                self.articles.insert(
                    a.article_id,
                    SyncArticle {
                        owner,
                        source_locale: a.source_locale.clone(),
                    },
                );
            }
            Change::Bin { .. } => {}
        }
    }

    /// The change a revision id was sent with, here or earlier in the push.
    pub(super) fn held_change(&self, id: Uuid) -> Result<Option<Change>, StorageError> {
        Ok(self.node(id)?.map(|(_, _, change)| change))
    }
}

/// The outcome of checking one record: `Err` is a store failure, `Ok(Err)` a refusal.
pub(super) type Checked = Result<Result<(), Refusal>, StorageError>;

fn refuse(code: RefusalCode, field: Option<&str>, message: impl Into<String>) -> Checked {
    Ok(Err(Refusal {
        code,
        field: field.map(str::to_owned),
        message: message.into(),
    }))
}

fn forbidden(pusher: &Pusher<'_>, field: &str, what: &str) -> Checked {
    refuse(
        RefusalCode::Forbidden,
        Some(field),
        format!("a {} token may not {what}", pusher.role.as_str()),
    )
}

pub(super) fn check(known: &Known<'_>, pusher: &Pusher<'_>, change: &Change) -> Checked {
    match change {
        Change::Text(t) => check_text(known, pusher, t),
        Change::Article(a) => check_article(known, pusher, a),
        Change::Bin { article_id, .. } => {
            let Some(article) = known.article(*article_id)? else {
                return refuse(
                    RefusalCode::UnknownParent,
                    Some("article_id"),
                    format!("article {article_id} is not in the newsroom"),
                );
            };
            match pusher.role {
                Role::Editor => Ok(Ok(())),
                Role::Writer if article.owner == pusher.holder => Ok(Ok(())),
                Role::Writer => forbidden(pusher, "article_id", "bin another writer's article"),
                Role::Translator => forbidden(pusher, "article_id", "bin an article"),
            }
        }
    }
}

fn check_parents(
    known: &Known<'_>,
    parents: &[Uuid],
    article_id: Uuid,
    locale: Option<&str>,
) -> Result<Result<Vec<Change>, Refusal>, StorageError> {
    let mut found = Vec::new();
    for (i, parent) in parents.iter().enumerate() {
        let field = format!("parents[{i}]");
        match known.node(*parent)? {
            Some((a, l, change)) if a == article_id && l.as_deref() == locale => found.push(change),
            Some(_) => {
                return Ok(Err(Refusal {
                    code: RefusalCode::Invalid,
                    field: Some(field),
                    message: format!("revision {parent} is of another text"),
                }));
            }
            None => {
                return Ok(Err(Refusal {
                    code: RefusalCode::UnknownParent,
                    field: Some(field),
                    message: format!("revision {parent} was never sent to the newsroom"),
                }));
            }
        }
    }
    if parents.len() > 2 {
        return Ok(Err(Refusal {
            code: RefusalCode::Invalid,
            field: Some("parents".into()),
            message: "a revision follows at most two others (a merge)".into(),
        }));
    }
    Ok(Ok(found))
}

fn check_text(known: &Known<'_>, pusher: &Pusher<'_>, t: &TextRevision) -> Checked {
    if !known.config.has_locale(&t.locale) {
        return refuse(
            RefusalCode::Invalid,
            Some("locale"),
            format!("the site has no locale {:?}", t.locale),
        );
    }
    if !t.slug.is_empty() && !is_valid_slug(&t.slug) {
        return refuse(
            RefusalCode::Invalid,
            Some("slug"),
            format!(
                "{:?} is not a slug (lower-case letters, digits, hyphens)",
                t.slug
            ),
        );
    }
    let Some(article) = known.article(t.article_id)? else {
        return refuse(
            RefusalCode::UnknownParent,
            Some("article_id"),
            format!(
                "article {} is not in the newsroom: its metadata goes first",
                t.article_id
            ),
        );
    };
    if let Err(refusal) = check_parents(known, &t.parents, t.article_id, Some(&t.locale))? {
        return Ok(Err(refusal));
    }
    let source = t.locale == article.source_locale;
    match pusher.role {
        Role::Editor => Ok(Ok(())),
        Role::Writer if !source => forbidden(pusher, "locale", "change a translation"),
        Role::Writer if article.owner != pusher.holder => {
            forbidden(pusher, "article_id", "change another writer's article")
        }
        Role::Writer => Ok(Ok(())),
        Role::Translator if source => forbidden(pusher, "locale", "change the source text"),
        Role::Translator => Ok(Ok(())),
    }
}

fn check_article(known: &Known<'_>, pusher: &Pusher<'_>, a: &ArticleRevision) -> Checked {
    let config = known.config;
    if !config.has_locale(&a.source_locale) {
        return refuse(
            RefusalCode::Invalid,
            Some("source_locale"),
            format!("the site has no locale {:?}", a.source_locale),
        );
    }
    // A draft may have no section yet; one it names must be the site's.
    if !a.section.is_empty() && config.section(&a.section).is_none() {
        return refuse(
            RefusalCode::Invalid,
            Some("section"),
            format!("the site has no section {:?}", a.section),
        );
    }
    if config.tier(&a.tier).is_none() {
        return refuse(
            RefusalCode::Invalid,
            Some("tier"),
            format!("the site has no tier {:?}", a.tier),
        );
    }
    let parents = match check_parents(known, &a.parents, a.article_id, None)? {
        Ok(parents) => parents,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let article = known.article(a.article_id)?;
    let before: Vec<&ArticleRevision> = parents
        .iter()
        .filter_map(|c| match c {
            Change::Article(p) => Some(p),
            _ => None,
        })
        .collect();
    // A merge that takes every field from one parent or the other changes nothing anyone
    // did not already change: any desk may send it (whichever desk merges first).
    if before.len() == 2 && is_pure_merge(a, before[0], before[1]) {
        return Ok(Ok(()));
    }
    match pusher.role {
        Role::Editor => Ok(Ok(())),
        Role::Translator => forbidden(pusher, "article_id", "change an article's metadata"),
        Role::Writer => {
            if let Some(article) = &article
                && article.owner != pusher.holder
            {
                return forbidden(pusher, "article_id", "change another writer's article");
            }
            // A field an editor decides may stay as any parent had it, nothing else.
            let kept = |same: &dyn Fn(&ArticleRevision) -> bool| {
                before.is_empty() || before.iter().any(|p| same(p))
            };
            if !before.is_empty() && !kept(&|p| p.tier == a.tier) {
                return forbidden(pusher, "tier", "change an article's tier");
            }
            if !kept(&|p| p.publish_at == a.publish_at)
                || (before.is_empty() && a.publish_at.is_some())
            {
                return forbidden(pusher, "publish_at", "schedule an article");
            }
            // A new article starts as a draft or in review; then a writer makes only the
            // workflow's writer moves (draft <-> in review) from a parent's state.
            let moved = if before.is_empty() {
                matches!(a.state, WorkflowState::Draft | WorkflowState::InReview)
            } else {
                before
                    .iter()
                    .any(|p| p.state == a.state || p.state.writer_may(a.state))
            };
            if !moved {
                return forbidden(
                    pusher,
                    "state",
                    &format!("move an article to {}", a.state.as_str()),
                );
            }
            Ok(Ok(()))
        }
    }
}

/// Whether every field of `m` is `x`'s or `y`'s.
fn is_pure_merge(m: &ArticleRevision, x: &ArticleRevision, y: &ArticleRevision) -> bool {
    fn one_of<T: PartialEq>(
        f: impl Fn(&ArticleRevision) -> &T,
        m: &ArticleRevision,
        x: &ArticleRevision,
        y: &ArticleRevision,
    ) -> bool {
        f(m) == f(x) || f(m) == f(y)
    }
    one_of(|a| &a.source_locale, m, x, y)
        && one_of(|a| &a.section, m, x, y)
        && one_of(|a| &a.tags, m, x, y)
        && one_of(|a| &a.byline, m, x, y)
        && one_of(|a| &a.source_url, m, x, y)
        && one_of(|a| &a.tier, m, x, y)
        && one_of(|a| &a.state, m, x, y)
        && one_of(|a| &a.publish_at, m, x, y)
}
