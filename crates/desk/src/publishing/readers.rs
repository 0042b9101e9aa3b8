//! "Preview as reader": what an anonymous reader and each tier's reader receives of a
//! text, by the same rank rule as the site's.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;
use uuid::Uuid;

use crate::Desk;
use crate::error::{DeskError, DeskErrorCode, Result};

/// What one kind of reader receives of one text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ReaderView {
    /// `anonymous` for a reader without an account, else a tier id.
    pub reader: String,
    /// The tier's name in the text's locale (or the id).
    pub reader_name: String,
    pub sees_everything: bool,
    pub title: String,
    pub standfirst: String,
    /// What this reader receives.
    pub shown_html: String,
    /// What the site holds back from this reader (shown in the desk, marked).
    pub hidden_html: Option<String>,
}

impl Desk {
    /// "Preview as reader": what an anonymous reader and each tier's reader receives of
    /// the `locale` text, rendered by the site's pipeline, with the held-back part apart.
    pub fn reader_views(
        &self,
        id: Uuid,
        site_url: Option<&str>,
        locale: &str,
    ) -> Result<Vec<ReaderView>> {
        let site_url = self.target_site(site_url)?;
        let site = self.site_info(&site_url)?.ok_or_else(|| {
            DeskError::new(
                DeskErrorCode::NoSite,
                format!("the desk has not yet seen {site_url}'s tiers: test the connection"),
            )
        })?;
        let article = self.article(id)?;
        let text = self.text(id, locale)?;
        let article_rank = site
            .tiers
            .iter()
            .find(|t| t.id == article.tier)
            .map_or(u32::MAX, |t| t.rank);
        let rendered = crate::render_preview(&text.body, article_rank > 0);
        let name = |names: &BTreeMap<String, String>, fallback: &str| {
            names
                .get(locale)
                .or_else(|| names.get(&site.default_locale))
                .cloned()
                .unwrap_or_else(|| fallback.to_owned())
        };
        let mut tiers = site.tiers.clone();
        tiers.sort_by_key(|t| t.rank);
        let mut readers: Vec<(String, String, u32)> =
            vec![("anonymous".into(), "anonymous".into(), 0)];
        readers.extend(
            tiers
                .iter()
                .filter(|t| t.rank > 0)
                .map(|t| (t.id.clone(), name(&t.names, &t.id), t.rank)),
        );
        Ok(readers
            .into_iter()
            .map(|(reader, reader_name, rank)| {
                let sees_everything = rank >= article_rank || rendered.paid_html.is_none();
                let (shown_html, hidden_html) = if sees_everything {
                    let mut all = rendered.free_html.clone();
                    all.push_str(rendered.paid_html.as_deref().unwrap_or(""));
                    (all, None)
                } else {
                    (rendered.free_html.clone(), rendered.paid_html.clone())
                };
                ReaderView {
                    reader,
                    reader_name,
                    sees_everything,
                    title: text.title.clone(),
                    standfirst: text.standfirst.clone(),
                    shown_html,
                    hidden_html,
                }
            })
            .collect())
    }
}
