//! The checks before an article goes to a site: errors stop the publish, warnings ask
//! for a look; and the choices the Publish panel starts from (the locales to send, the
//! slug of each).

use std::collections::BTreeMap;

use dateline_protocol::{SiteInfo, slugify};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::clock::parse_stamp;
use crate::error::Result;
use crate::publishing::publications::Publication;
use crate::translate::blocks::{MisplacedCut, misplaced_cut};
use crate::translate::translations::{TextState, TranslationStatus, block_sources_from_json};

/// How serious a finding is: errors stop the publish, warnings ask for a look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Severity {
    Error,
    Warning,
}

/// What a check found, as a stable code the interface words (desk.ftl, `check-…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum CheckCode {
    /// The desk has never seen the site answer (test the connection in Settings).
    SiteUnknown,
    /// The token's role cannot publish: the site will refuse.
    Role,
    /// The site has no such tier.
    TierUnknown,
    /// No section chosen.
    SectionMissing,
    /// The site has no such section.
    SectionUnknown,
    /// No locale chosen.
    NoLocale,
    /// The scheduled time has passed: the article appears at once.
    SchedulePast,
    /// The article has no text in a chosen locale.
    NoText,
    /// The site does not publish in a chosen locale.
    LocaleUnknown,
    /// A text has no headline.
    NoHeadline,
    /// A translation is not marked done.
    NotDone,
    /// A translation is outdated: publishing it needs the editor to confirm.
    Outdated,
    /// The source has a paywall cut and a translation of a paid article has none.
    CutMissing,
    /// A translation's cut does not stand after the same source block as the source's,
    /// so it would hold back other paragraphs (or give away paid ones).
    CutMisplaced,
    /// Another of the desk's published articles has the address in that locale.
    SlugTaken,
    /// A text uses an image this desk does not have.
    ImageMissing,
    /// The source has a standfirst and a translation has none: its readers get less.
    StandfirstMissing,
    /// A text links to an article that is not published on the site (or that this desk
    /// does not have): readers see the link's words without a link until it is.
    LinkTargetUnpublished,
    /// The text has a conflict with another desk's version, open until someone
    /// resolves it.
    Conflict,
}

/// Whether a finding stops the publish.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum Blocks {
    /// Every error.
    Always,
    /// An outdated translation, until the editor confirms publishing it as it is.
    UntilConfirmed,
    /// A warning to look at.
    Never,
}

impl Check {
    /// Whether this finding stops a publish (`confirmed`: the editor has confirmed the
    /// outdated translations).
    pub fn stops(&self, confirmed: bool) -> bool {
        match self.blocks {
            Blocks::Always => true,
            Blocks::UntilConfirmed => !confirmed,
            Blocks::Never => false,
        }
    }
}

/// One finding of the checks before publishing. `code` is stable, for the interface.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Check {
    pub severity: Severity,
    pub code: CheckCode,
    /// The desk's rule for whether it stops the publish, so the interface applies it
    /// rather than knowing it.
    pub blocks: Blocks,
    pub locale: Option<String>,
    pub message: String,
}

/// The source, and every translation that is done and not outdated; on an update, also
/// every locale already on the site.
pub(crate) fn default_locales(
    texts: &[TextState],
    publication: Option<&Publication>,
) -> Vec<String> {
    texts
        .iter()
        .filter(|t| {
            t.is_source
                || (t.status == TranslationStatus::Done && !t.outdated)
                || publication.is_some_and(|p| !p.unpublished && p.urls.contains_key(&t.locale))
        })
        .map(|t| t.locale.clone())
        .collect()
}

/// The slug of each locale: the one it has, else one made from its headline.
pub(crate) fn slugs_for(
    id: Uuid,
    texts: &[TextState],
    locales: &[String],
) -> BTreeMap<String, String> {
    let fallback = id.simple().to_string()[..12].to_owned();
    locales
        .iter()
        .filter_map(|l| texts.iter().find(|t| &t.locale == l))
        .map(|t| {
            let slug = if t.slug.is_empty() {
                slugify(&t.title, &fallback)
            } else {
                t.slug.clone()
            };
            (t.locale.clone(), slug)
        })
        .collect()
}

/// The words of a misplaced cut: the block each cut follows, shortened.
fn misplaced_message(locale: &str, found: &MisplacedCut) -> String {
    let after = |block: &Option<String>| match block {
        Some(text) => format!("after \"{}\"", excerpt(text)),
        None => "at the start".to_owned(),
    };
    let theirs = after(&found.translation_after);
    if found.source_has_cut {
        format!(
            "the {locale} cut stands {theirs}, but the source's stands {}: the cut must \
             follow the translation of that block",
            after(&found.source_after)
        )
    } else {
        format!(
            "the {locale} text has a cut {theirs}, but the source has none: remove it, or cut \
             the source"
        )
    }
}

/// The first words of a block, enough to find it.
fn excerpt(text: &str) -> String {
    const WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= WORDS {
        words.join(" ")
    } else {
        format!("{} …", words[..WORDS].join(" "))
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn check(
    conn: &Connection,
    id: Uuid,
    site_url: &str,
    site: Option<&SiteInfo>,
    article: &crate::Article,
    texts: &[TextState],
    locales: &[String],
    slugs: &BTreeMap<String, String>,
    desk: &Desk,
    out: &mut Vec<Check>,
) -> Result<()> {
    let mut push = |severity, code: CheckCode, locale: Option<&str>, message: String| {
        let blocks = match (severity, code) {
            (Severity::Error, _) => Blocks::Always,
            (_, CheckCode::Outdated) => Blocks::UntilConfirmed,
            _ => Blocks::Never,
        };
        out.push(Check {
            severity,
            code,
            blocks,
            locale: locale.map(str::to_owned),
            message,
        })
    };
    use CheckCode::*;
    use Severity::{Error, Warning};
    let Some(site) = site else {
        push(
            Error,
            SiteUnknown,
            None,
            format!("the desk has not yet seen {site_url}: test the connection in Settings"),
        );
        return Ok(());
    };
    if !site.role.may_publish() {
        push(
            Warning,
            Role,
            None,
            format!(
                "the token for {} is a {}'s: the site will refuse to publish",
                site.name,
                site.role.as_str()
            ),
        );
    }
    let tier = site.tiers.iter().find(|t| t.id == article.tier);
    if tier.is_none() {
        push(
            Error,
            TierUnknown,
            None,
            format!("{} has no tier {:?}", site.name, article.tier),
        );
    }
    let paid = tier.is_some_and(|t| t.rank > 0);
    if article.section.is_empty() {
        push(Error, SectionMissing, None, "choose a section".into());
    } else if !site.sections.iter().any(|s| s.path == article.section) {
        push(
            Error,
            SectionUnknown,
            None,
            format!("{} has no section {:?}", site.name, article.section),
        );
    }
    if locales.is_empty() {
        push(Error, NoLocale, None, "choose at least one locale".into());
    }
    if let Some(at) = article.publish_at.as_deref().and_then(parse_stamp)
        && at < desk.clock.now()
    {
        push(
            Warning,
            SchedulePast,
            None,
            "the scheduled time has passed: the article will appear at once".into(),
        );
    }
    let source_cut = texts.iter().any(|t| t.is_source && t.has_cut);
    let (source_body, source_standfirst): (Option<String>, String) = conn
        .query_row(
            "SELECT t.body, t.standfirst FROM article_texts t JOIN articles a
               ON a.id = t.article_id AND a.source_locale = t.locale
             WHERE t.article_id = ?1",
            [id.to_string()],
            |r| Ok((Some(r.get(0)?), r.get(1)?)),
        )
        .optional()?
        .unwrap_or_default();
    for locale in locales {
        let l = Some(locale.as_str());
        let Some(text) = texts.iter().find(|t| &t.locale == locale) else {
            push(
                Error,
                NoText,
                l,
                format!("the article has no {locale} text"),
            );
            continue;
        };
        let clashing: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM text_conflicts WHERE article_id = ?1 AND locale = ?2)",
            )?
            .query_row(params![id.to_string(), locale], |r| r.get(0))?;
        if clashing {
            push(
                Error,
                Conflict,
                l,
                format!(
                    "the {locale} text clashes with another desk's version: resolve the conflict first"
                ),
            );
        }
        if !site.locales.contains(locale) {
            push(
                Error,
                LocaleUnknown,
                l,
                format!("{} does not publish in {locale}", site.name),
            );
        }
        if text.title.trim().is_empty() {
            push(
                Error,
                NoHeadline,
                l,
                format!("the {locale} text has no headline"),
            );
        }
        if !text.is_source && text.status != TranslationStatus::Done {
            push(
                Error,
                NotDone,
                l,
                format!("the {locale} translation is not marked done"),
            );
        } else if text.outdated {
            push(
                Warning,
                Outdated,
                l,
                format!(
                    "the {locale} translation is outdated: the source changed after it was done"
                ),
            );
        }
        if paid && source_cut && !text.has_cut {
            push(
                Error,
                CutMissing,
                l,
                format!(
                    "the source has a paywall cut but the {locale} text has none: its paid part \
                     would start at a different place"
                ),
            );
        }
        if let Some(slug) = slugs.get(locale) {
            let taken: Option<String> = conn
                .query_row(
                    "SELECT COALESCE(s.title, '') FROM article_texts t
                     JOIN publications p ON p.article_id = t.article_id AND p.site_url = ?4
                     LEFT JOIN article_texts s ON s.article_id = t.article_id
                       AND s.locale = t.locale
                     WHERE t.locale = ?1 AND t.slug = ?2 AND t.article_id <> ?3
                     LIMIT 1",
                    params![locale, slug, id.to_string(), site_url],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(other) = taken {
                push(
                    Error,
                    SlugTaken,
                    l,
                    format!("the {locale} address {slug:?} is already used by {other:?}"),
                );
            }
        }
        let (body, block_sources, standfirst): (String, Option<String>, String) = conn.query_row(
            "SELECT body, block_sources, standfirst FROM article_texts
                 WHERE article_id = ?1 AND locale = ?2",
            params![id.to_string(), locale],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        if !text.is_source && standfirst.trim().is_empty() && !source_standfirst.trim().is_empty() {
            push(
                Warning,
                StandfirstMissing,
                l,
                format!("the {locale} text has no standfirst, but the source has one"),
            );
        }
        if paid
            && !text.is_source
            && let Some(source) = &source_body
        {
            let map = block_sources_from_json(block_sources);
            if let Some(found) = misplaced_cut(source, &body, map.as_deref()) {
                push(Error, CutMisplaced, l, misplaced_message(locale, &found));
            }
        }
        for name in dateline_render::image_refs(&body) {
            if crate::image_mime(&name).is_none() || !desk.images_dir().join(&name).is_file() {
                push(
                    Error,
                    ImageMissing,
                    l,
                    format!(
                        "the {locale} text uses the image {name}, which this desk does not have"
                    ),
                );
            }
        }
        for target in dateline_render::article_refs(&body) {
            if target == id {
                continue;
            }
            if let Some(message) = unpublished_link(conn, target, site_url, locale)? {
                push(Warning, LinkTargetUnpublished, l, message);
            }
        }
    }
    Ok(())
}

/// Why a link from the `locale` text to article `target` will be words only on the site,
/// or `None` if the site has the target.
fn unpublished_link(
    conn: &Connection,
    target: Uuid,
    site_url: &str,
    locale: &str,
) -> Result<Option<String>> {
    let found: Option<(Option<String>, bool, bool)> = conn
        .query_row(
            "SELECT (SELECT t.title FROM article_texts AS t
                     WHERE t.article_id = a.id AND t.locale = a.source_locale),
                    a.deleted_at IS NOT NULL,
                    EXISTS (SELECT 1 FROM publications AS p WHERE p.article_id = a.id
                            AND p.site_url = ?2 AND p.unpublished_at IS NULL)
             FROM articles AS a WHERE a.id = ?1",
            params![target.to_string(), site_url],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    let until = "its readers see the link's words without a link until it is";
    Ok(match found {
        Some((_, _, true)) => None,
        Some((title, deleted, false)) => {
            let title = title.filter(|t| !t.trim().is_empty());
            let named =
                title.map_or_else(|| "an untitled article".to_owned(), |t| format!("“{t}”"));
            let state = if deleted { "in the bin and not" } else { "not" };
            Some(format!(
                "the {locale} text links to {named}, which is {state} published on {site_url}: {until}"
            ))
        }
        None => Some(format!(
            "the {locale} text links to article {target}, which this desk does not have; if \
             the site does not have it either, {until}"
        )),
    })
}
