//! Finding articles: SQLite FTS5 over the headline, standfirst and body of every text and
//! its article's byline, with filters, sorting and paging. An empty query is the article
//! list itself. Search runs as the journalist types, so the query's last word is a
//! prefix ("harb" finds "harbour"); the others must match whole.
//!
//! The index (`search_index`, one row per text, rowid = `article_texts.id`) holds text
//! folded by `text::fold`; `content::texts`, the write path of every text, keeps it in
//! step with the texts inside the same transactions that change them. Deleted articles stay indexed (undelete is instant) and are left out
//! by the query. One hit per article: the text (locale) that matched best.

pub(crate) mod snippet;

use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params, params_from_iter};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Desk;
use crate::content::articles::{ArticleSummary, SUMMARY_COLUMNS, SummaryRow};
use crate::content::states::WorkflowState;
use crate::error::Result;
use crate::search::snippet::{SnippetPart, snippet};
use crate::text::fold::{match_expression, query_terms};

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum SearchSort {
    /// Best match first (bm25; a headline counts more than the standfirst, which counts
    /// more than the byline and the body). Without search text: most recently edited
    /// first.
    #[default]
    Relevance,
    /// Most recently edited first.
    Updated,
    /// By the source headline (case-insensitive for ASCII letters).
    Title,
}

/// A search, or (with empty `text`) the article list with its filters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct SearchQuery {
    /// Words to find, all of them, in the texts or the byline (accents and case ignored;
    /// the last word as the start of a word; CJK as substrings).
    pub text: String,
    pub state: Option<WorkflowState>,
    /// A section and the sections below it (`economy` also finds `economy/asia`).
    pub section: Option<String>,
    /// One tag, ignoring case.
    pub tag: Option<String>,
    /// Only texts in this locale (with search text), or only articles that have a text in
    /// it (without).
    pub locale: Option<String>,
    /// Part of the byline, ignoring case.
    pub author: Option<String>,
    /// The Publish queue's site: articles published (or unpublished) there, and those
    /// not yet on any site, which may go to any.
    pub site: Option<String>,
    pub sort: SearchSort,
    pub offset: u32,
    /// At most 200; 0 means the default of 50.
    pub limit: u32,
}

/// One article found, with the locale of the text that matched and a snippet of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SearchHit {
    pub article: ArticleSummary,
    pub locale: String,
    pub snippet: Vec<SnippetPart>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SearchResults {
    /// All articles that match, not only this page.
    pub total: u32,
    pub hits: Vec<SearchHit>,
}

const DEFAULT_LIMIT: u32 = 50;
const MAX_LIMIT: u32 = 200;

/// bm25 column weights: title, standfirst, body, byline.
const WEIGHTS: &str = "10.0, 4.0, 1.0, 2.0";

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// The WHERE clause on `articles a` for the filters a query uses, and its parameters in
/// order. Only the filters in use are in the SQL, so SQLite can use the index that fits
/// (the live articles by edit order; sections; tags) instead of checking every row.
fn filters(q: &SearchQuery, text_locale: bool) -> (String, Vec<Value>) {
    let mut sql = String::from("a.deleted_at IS NULL");
    let mut params: Vec<Value> = Vec::new();
    if let Some(state) = q.state {
        sql.push_str(" AND a.state = ?");
        params.push(state.as_str().to_owned().into());
    }
    if let Some(section) = non_empty(&q.section) {
        // The section and those below it: "economy" and "economy/…" ('0' follows '/').
        let section = section.trim_end_matches('/');
        sql.push_str(" AND (a.section = ? OR (a.section >= ? AND a.section < ?))");
        params.push(section.to_owned().into());
        params.push(format!("{section}/").into());
        params.push(format!("{section}0").into());
    }
    if let Some(tag) = non_empty(&q.tag) {
        sql.push_str(
            " AND EXISTS (SELECT 1 FROM article_tags g WHERE g.article_id = a.id AND g.tag = ?)",
        );
        params.push(tag.to_owned().into());
    }
    if let Some(author) = non_empty(&q.author) {
        sql.push_str(" AND a.byline LIKE ? ESCAPE '\\'");
        params.push(format!("%{}%", like_escape(author)).into());
    }
    if let Some(site) = non_empty(&q.site) {
        sql.push_str(
            " AND (EXISTS (SELECT 1 FROM publications p WHERE p.article_id = a.id AND p.site_url = ?)
                   OR NOT EXISTS (SELECT 1 FROM publications p WHERE p.article_id = a.id))",
        );
        params.push(site.trim_end_matches('/').to_owned().into());
    }
    if let Some(locale) = non_empty(&q.locale) {
        sql.push_str(if text_locale {
            " AND t.locale = ?"
        } else {
            " AND EXISTS (SELECT 1 FROM article_texts x WHERE x.article_id = a.id AND x.locale = ?)"
        });
        params.push(locale.to_owned().into());
    }
    (sql, params)
}

impl Desk {
    /// Searches the articles that are not deleted. Empty `text` lists them by the
    /// filters, most recently edited first unless sorted by title.
    pub fn search_articles(&self, q: &SearchQuery) -> Result<SearchResults> {
        let terms = query_terms(&q.text);
        let limit = match q.limit {
            0 => DEFAULT_LIMIT,
            n => n.min(MAX_LIMIT),
        };
        let order = match (q.sort, terms.is_empty()) {
            (SearchSort::Title, _) => "COALESCE(s.title, '') COLLATE NOCASE, a.edit_seq DESC",
            (SearchSort::Relevance, false) => "best.score, a.edit_seq DESC",
            _ => "a.edit_seq DESC",
        };
        let db = self.db();
        let (found, total) = if terms.is_empty() {
            // The list: the page, and the count over the articles alone (never over the
            // joined texts, which would read every row of the biggest table).
            let (filter, mut params) = filters(q, false);
            let total: i64 = db
                .prepare_cached(&format!("SELECT count(*) FROM articles a WHERE {filter}"))?
                .query_row(params_from_iter(&params), |r| r.get(0))?;
            params.push(i64::from(limit).into());
            params.push(i64::from(q.offset).into());
            params.push(non_empty(&q.locale).map(str::to_owned).into());
            // The page is chosen on `articles` alone (by an index when the filters allow),
            // and only its rows are joined with their texts.
            let page_order = if q.sort == SearchSort::Title {
                "(SELECT COALESCE(title, '') FROM article_texts
                  WHERE article_id = a.id AND locale = a.source_locale) COLLATE NOCASE,
                 a.edit_seq DESC"
            } else {
                "a.edit_seq DESC"
            };
            let sql = format!(
                "WITH page AS MATERIALIZED (
                     SELECT a.id AS id
                     FROM articles a WHERE {filter}
                     ORDER BY {page_order} LIMIT ? OFFSET ?
                 )
                 SELECT {SUMMARY_COLUMNS}, l.locale, COALESCE(l.standfirst, '')
                 FROM page
                 JOIN articles a ON a.id = page.id
                 LEFT JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
                 LEFT JOIN article_texts l ON l.article_id = a.id AND l.locale = COALESCE(?, a.source_locale)
                 ORDER BY {order}"
            );
            let mut stmt = db.prepare_cached(&sql)?;
            let rows = stmt.query_map(params_from_iter(&params), |r| {
                Ok((
                    SummaryRow::read(r, 0)?,
                    r.get::<_, Option<String>>(9)?,
                    r.get::<_, String>(10)?,
                ))
            })?;
            let mut found = Vec::new();
            for row in rows {
                let (summary, locale, standfirst) = row?;
                let summary = summary.into_summary()?;
                let locale = locale.unwrap_or_else(|| summary.source_locale.clone());
                found.push((summary, locale, standfirst));
            }
            (found, total)
        } else {
            let (filter, filter_params) = filters(q, true);
            let mut params: Vec<Value> = vec![match_expression(&terms).into()];
            params.extend(filter_params);
            let sql = format!(
                // The index's hits and their bm25 first (MATERIALIZED: SQLite can compute
                // bm25 only in the loop over the index itself, and must not turn the
                // plan round to probe the index once per filtered article), then the
                // filters, then one hit per article, its best text.
                "WITH m AS MATERIALIZED (
                     SELECT rowid AS doc, bm25(search_index, {WEIGHTS}) AS score
                     FROM search_index WHERE search_index MATCH ?
                 ),
                 best AS (
                     SELECT t.article_id AS aid, t.locale AS locale, MIN(m.score) AS score
                     FROM m
                     JOIN article_texts t INDEXED BY article_texts_doc ON t.id = m.doc
                     JOIN articles a ON a.id = t.article_id
                     WHERE {filter}
                     GROUP BY t.article_id
                 )
                 SELECT {SUMMARY_COLUMNS}, best.locale, COUNT(*) OVER ()
                 FROM best
                 JOIN articles a ON a.id = best.aid
                 LEFT JOIN article_texts s ON s.article_id = a.id AND s.locale = a.source_locale
                 ORDER BY {order} LIMIT ? OFFSET ?"
            );
            let mut page_params = params.clone();
            page_params.push(i64::from(limit).into());
            page_params.push(i64::from(q.offset).into());
            let mut stmt = db.prepare_cached(&sql)?;
            let rows = stmt.query_map(params_from_iter(&page_params), |r| {
                Ok((
                    SummaryRow::read(r, 0)?,
                    r.get::<_, String>(9)?,
                    r.get::<_, i64>(10)?,
                ))
            })?;
            let mut total = 0;
            let mut found = Vec::new();
            for row in rows {
                let (summary, locale, count) = row?;
                total = count;
                found.push((summary.into_summary()?, locale, String::new()));
            }
            drop(stmt);
            if found.is_empty() && q.offset > 0 {
                // Past the last page, the window function saw no row to count.
                params.push(1i64.into());
                params.push(0i64.into());
                total = db
                    .prepare_cached(&sql)?
                    .query_row(params_from_iter(&params), |r| r.get(10))
                    .optional()?
                    .unwrap_or(0);
            }
            (found, total)
        };
        let mut hits = Vec::with_capacity(found.len());
        let mut text = db.prepare_cached(
            "SELECT t.title, t.standfirst, t.body, a.byline
             FROM article_texts t JOIN articles a ON a.id = t.article_id
             WHERE t.article_id = ?1 AND t.locale = ?2",
        )?;
        for (article, locale, standfirst) in found {
            let snippet = if terms.is_empty() {
                snippet(&[&standfirst], &[])
            } else {
                let (title, standfirst, body, byline): (String, String, String, String) = text
                    .query_row(params![article.id.to_string(), locale], |r| {
                        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                    })?;
                // The byline last: shown only when it alone holds what matched.
                snippet(&[&standfirst, &body, &title, &byline], &terms)
            };
            hits.push(SearchHit {
                article,
                locale,
                snippet,
            });
        }
        Ok(SearchResults {
            total: u32::try_from(total).unwrap_or(u32::MAX),
            hits,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ArticleEdit;
    use crate::testutil::{desk, edit};
    use uuid::Uuid;

    fn text(t: &str) -> SearchQuery {
        SearchQuery {
            text: t.into(),
            ..Default::default()
        }
    }

    fn ids(r: &SearchResults) -> Vec<Uuid> {
        r.hits.iter().map(|h| h.article.id).collect()
    }

    /// The articles a search for `q` finds, best first.
    fn found(desk: &Desk, q: &str) -> Vec<Uuid> {
        ids(&desk.search_articles(&text(q)).unwrap())
    }

    fn hit_texts(r: &SearchResults) -> Vec<String> {
        r.hits
            .iter()
            .flat_map(|h| h.snippet.iter().filter(|p| p.hit).map(|p| p.text.clone()))
            .collect()
    }

    fn article(desk: &Desk, title: &str, standfirst: &str, body: &str) -> Uuid {
        let a = desk.create_article().unwrap();
        let e = ArticleEdit {
            standfirst: standfirst.into(),
            ..edit(title, body)
        };
        desk.save_article(a.id, &e).unwrap();
        a.id
    }

    #[test]
    fn accented_latin_with_and_without_accents() {
        let (_dir, desk) = desk();
        let fr = article(&desk, "L'économie française", "", "Les marchés reprennent.");
        let de = article(&desk, "Straße", "", "Die Brücke über den Fluss.");
        let _other = article(&desk, "Harbour", "", "Nothing here.");
        for q in ["economie", "ÉCONOMIE", "économie", "francaise marches"] {
            assert_eq!(found(&desk, q), vec![fr], "{q}");
        }
        assert_eq!(found(&desk, "strasse"), vec![de]);
        assert_eq!(found(&desk, "brucke"), vec![de]);
        let r = desk.search_articles(&text("marches")).unwrap();
        assert_eq!(hit_texts(&r), vec!["marchés"]);
        assert_eq!(r.hits[0].locale, desk.article(fr).unwrap().source_locale);
    }

    #[test]
    fn arabic_with_and_without_vowels() {
        let (_dir, desk) = desk();
        let ar = article(
            &desk,
            "الأخبار الاقتصادية",
            "",
            "ارتفعت أَسْعَار النفط في المدرسة",
        );
        let _other = article(&desk, "Other", "", "text");
        for q in ["الاخبار", "الأخبار", "اسعار", "أسعار النفط", "المدرسه"]
        {
            assert_eq!(found(&desk, q), vec![ar], "{q}");
        }
        let r = desk.search_articles(&text("اسعار")).unwrap();
        assert_eq!(hit_texts(&r), vec!["أَسْعَار"]);
    }

    #[test]
    fn cjk_words_inside_unspaced_text() {
        let (_dir, desk) = desk();
        let ja = article(
            &desk,
            "東京港の再開発",
            "",
            "今日の東京は晴れ。港湾の整備が進む。",
        );
        let zh = article(&desk, "经济新闻", "", "中国经济增长放缓");
        let ko = article(&desk, "한국 경제", "", "서울의 항구가 다시 열렸다");
        for (q, want) in [
            ("東京", ja),
            ("港湾", ja),
            ("再開発", ja),
            ("港", ja),
            ("晴れ", ja),
            ("经济", zh),
            ("增长放缓", zh),
            ("항구가", ko),
            ("서울", ko),
        ] {
            assert_eq!(found(&desk, q), vec![want], "{q}");
        }
        // A run that does not occur finds nothing, even though its characters do.
        assert_eq!(desk.search_articles(&text("京東")).unwrap().total, 0);
        let r = desk.search_articles(&text("港湾")).unwrap();
        assert_eq!(hit_texts(&r), vec!["港湾"]);
    }

    #[test]
    fn every_locale_is_searched_and_reported() {
        let (dir, desk) = desk();
        let id = article(&desk, "Harbour reopens", "", "The cranes are back.");
        let src = desk.article(id).unwrap().source_locale;
        // A French text, imported as a translation.
        let file = dir.path().join("t.fr.md");
        std::fs::write(
            &file,
            format!(
                "---\nid: {id}\nlocale: fr\nsource_locale: {src}\ntitle: Le port rouvre\n---\n\nLes grues sont de retour.\n"
            ),
        )
        .unwrap();
        let report = desk.import_markdown(&[file]).unwrap();
        assert!(report.failed.is_empty(), "{:?}", report.failed);
        let r = desk.search_articles(&text("grues")).unwrap();
        assert_eq!(ids(&r), vec![id]);
        assert_eq!(r.hits[0].locale, "fr");
        assert_eq!(r.hits[0].article.title, "Harbour reopens");
        let only_en = SearchQuery {
            locale: Some(src.clone()),
            ..text("grues")
        };
        assert_eq!(desk.search_articles(&only_en).unwrap().total, 0);
        // "port" is only in the French headline.
        let r = desk.search_articles(&text("port")).unwrap();
        assert_eq!((r.total, r.hits[0].locale.as_str()), (1, "fr"));
        assert_eq!(hit_texts(&r), vec!["port"]);
        // Both texts match "cranes"/"grues" only together with the article: one hit.
        desk.save_article(id, &edit("Harbour reopens", "Les grues, the cranes."))
            .unwrap();
        let r = desk.search_articles(&text("grues")).unwrap();
        assert_eq!((r.total, r.hits.len()), (1, 1));
    }

    #[test]
    fn filters_sort_and_pages() {
        let (_dir, desk) = desk();
        let mut made = Vec::new();
        for i in 0..7 {
            let a = desk.create_article().unwrap();
            let e = ArticleEdit {
                section: if i % 2 == 0 {
                    "economy/asia".into()
                } else {
                    "sport".into()
                },
                tags: if i % 3 == 0 {
                    vec!["Ports".into()]
                } else {
                    vec![]
                },
                byline: if i < 2 {
                    "Ana Ruiz".into()
                } else {
                    "Li Wei".into()
                },
                ..edit(
                    &format!("Title {}", (b'g' - i as u8) as char),
                    "shipping news",
                )
            };
            desk.save_article(a.id, &e).unwrap();
            made.push(a.id);
        }
        desk.set_workflow_state(made[1], WorkflowState::InReview)
            .unwrap();
        let all = desk.search_articles(&text("shipping")).unwrap();
        assert_eq!(all.total, 7);
        let q = |f: fn(&mut SearchQuery)| {
            let mut q = text("shipping");
            f(&mut q);
            desk.search_articles(&q).unwrap()
        };
        assert_eq!(q(|q| q.section = Some("economy".into())).total, 4);
        assert_eq!(q(|q| q.section = Some("economy/asia".into())).total, 4);
        assert_eq!(q(|q| q.section = Some("econ".into())).total, 0);
        assert_eq!(q(|q| q.tag = Some("ports".into())).total, 3);
        assert_eq!(q(|q| q.author = Some("ruiz".into())).total, 2);
        assert_eq!(q(|q| q.author = Some("%".into())).total, 0);
        let in_review = q(|q| q.state = Some(WorkflowState::InReview));
        assert_eq!(ids(&in_review), vec![made[1]]);

        // Newest first, most recently moved (made[1]) at the top.
        let updated = q(|q| q.sort = SearchSort::Updated);
        assert_eq!(updated.hits[0].article.id, made[1]);
        let by_title = q(|q| q.sort = SearchSort::Title);
        let titles: Vec<_> = by_title
            .hits
            .iter()
            .map(|h| h.article.title.clone())
            .collect();
        let mut sorted = titles.clone();
        sorted.sort();
        assert_eq!(titles, sorted);

        let page = q(|q| {
            q.sort = SearchSort::Title;
            q.offset = 5;
            q.limit = 5;
        });
        assert_eq!((page.total, page.hits.len()), (7, 2));
        let past = q(|q| {
            q.offset = 50;
            q.limit = 5;
        });
        assert_eq!((past.total, past.hits.len()), (7, 0));
    }

    #[test]
    fn empty_text_is_the_filtered_list_newest_first() {
        let (_dir, desk) = desk();
        let a = article(&desk, "First", "Standfirst of the first", "body");
        let b = article(&desk, "Second", "", "body");
        desk.save_article(a, &edit("First again", "body")).unwrap();
        let r = desk.search_articles(&text("  ")).unwrap();
        assert_eq!(r.total, 2);
        assert_eq!(ids(&r)[0], a);
        assert_eq!(ids(&r)[1], b);
        let r = desk
            .search_articles(&SearchQuery {
                locale: Some("xx".into()),
                ..text("")
            })
            .unwrap();
        assert_eq!(r.total, 0);
    }

    #[test]
    fn the_last_word_matches_as_it_is_typed() {
        let (_dir, desk) = desk();
        let harbour = article(
            &desk,
            "Harbour cranes return",
            "",
            "Ships were diverted to Ostend.",
        );
        let hard = article(&desk, "Hard times", "", "Prices rose.");
        for q in [
            "harb",
            "HARBO",
            "divert",
            "cranes divert",
            "harbour div",
            "ost",
        ] {
            assert_eq!(found(&desk, q), vec![harbour], "{q}");
        }
        let mut both = found(&desk, "har");
        both.sort();
        let mut want = vec![harbour, hard];
        want.sort();
        assert_eq!(both, want);
        // Only the last word is a prefix: the words before it are finished.
        assert_eq!(desk.search_articles(&text("harb cranes")).unwrap().total, 0);
        // The hit is marked as the whole word the prefix starts.
        let r = desk.search_articles(&text("divert")).unwrap();
        assert_eq!(hit_texts(&r), vec!["diverted"]);
    }

    #[test]
    fn prefixes_in_other_scripts() {
        let (_dir, desk) = desk();
        let ar = article(&desk, "الأخبار", "", "ارتفعت أَسْعَار النفط");
        let ru = article(&desk, "Москва", "", "Порт закрыт.");
        let el = article(&desk, "Οικονομία", "", "Λιμάνι.");
        let hi = article(&desk, "हिन्दी समाचार", "", "बंदरगाह");
        let ja = article(&desk, "東京港", "", "港湾の整備");
        for (q, want) in [
            ("اسع", ar),
            ("الأخ", ar),
            ("моск", ru),
            ("οικον", el),
            ("οικονο", el),
            ("हिन्", hi),
            ("東京", ja),
            ("港湾", ja),
        ] {
            assert_eq!(found(&desk, q), vec![want], "{q}");
        }
        let r = desk.search_articles(&text("اسع")).unwrap();
        assert_eq!(hit_texts(&r), vec!["أَسْعَار"]);
    }

    fn with_byline(desk: &Desk, id: Uuid, title: &str, body: &str, byline: &str) {
        let e = ArticleEdit {
            byline: byline.into(),
            ..edit(title, body)
        };
        desk.save_article(id, &e).unwrap();
    }

    #[test]
    fn the_byline_is_searched_in_every_text() {
        let (dir, desk) = desk();
        let id = article(&desk, "Harbour reopens", "", "The cranes are back.");
        let _other = article(&desk, "Tides", "", "Ruiz is not the author here? No.");
        let src = desk.article(id).unwrap().source_locale;
        let file = dir.path().join("t.fr.md");
        std::fs::write(
            &file,
            format!(
                "---\nid: {id}\nlocale: fr\nsource_locale: {src}\ntitle: Le port rouvre\n---\n\nLes grues sont de retour.\n"
            ),
        )
        .unwrap();
        assert!(desk.import_markdown(&[file]).unwrap().failed.is_empty());
        // Set after the translation was made: the French text's entry follows too.
        with_byline(
            &desk,
            id,
            "Harbour reopens",
            "The cranes are back.",
            "Inès Müller",
        );
        let in_fr = |q: &str| SearchQuery {
            locale: Some("fr".into()),
            ..text(q)
        };
        for q in ["muller", "Mül", "ines grues", "harbour muller"] {
            assert_eq!(found(&desk, q), vec![id], "{q}");
        }
        assert_eq!(
            ids(&desk.search_articles(&in_fr("muller")).unwrap()),
            vec![id]
        );
        // Only the byline matched: the snippet shows it, marked.
        let r = desk.search_articles(&text("mull")).unwrap();
        assert_eq!(hit_texts(&r), vec!["Müller"]);

        // A new byline replaces the old one in the index, in every text.
        with_byline(
            &desk,
            id,
            "Harbour reopens",
            "The cranes are back.",
            "Li Wei",
        );
        assert_eq!(desk.search_articles(&text("muller")).unwrap().total, 0);
        assert_eq!(ids(&desk.search_articles(&in_fr("wei")).unwrap()), vec![id]);

        // Whatever code changes a byline, the article's next change brings the index
        // up to it; and should none follow, the desk does when it opens.
        let set = |byline: &str| {
            desk.db()
                .execute(
                    "UPDATE articles SET byline = ?2 WHERE id = ?1",
                    rusqlite::params![id.to_string(), byline],
                )
                .unwrap();
        };
        set("Ana Ruiz");
        crate::content::articles::touch(&desk.db(), id, "2026-01-01T00:00:00.000Z").unwrap();
        assert_eq!(
            ids(&desk.search_articles(&in_fr("ruiz")).unwrap()),
            vec![id]
        );
        set("Kofi Mensah");
        drop(desk);
        let desk = crate::testutil::open(dir.path());
        assert_eq!(
            ids(&desk.search_articles(&in_fr("mensah")).unwrap()),
            vec![id]
        );
        assert_eq!(desk.search_articles(&text("ruiz")).unwrap().total, 1);
    }

    #[test]
    fn hostile_input_in_the_word_being_typed() {
        let (_dir, desk) = desk();
        let id = article(
            &desk,
            "Harbour strike",
            "",
            "Words FTS5 would read as syntax are words here: and, or, not, near, title, body, 1, 2.",
        );
        // The last word, with FTS5's syntax around or inside it: never an error, and the
        // word still found as it is typed.
        for q in [
            "harb\"",
            "harb*",
            "\"harb",
            "\"harb\" *",
            "harb -",
            "-harb",
            "NEAR(harb",
            "NEAR(words, 2) harb",
            "words AND harb",
            "words OR harb",
            "NOT harb",
            "title:harb",
            "{title body}:harb",
            "harb:",
            "(harb",
            "harb)",
            "^harb",
            "+harb",
            "harb\"\"",
            "' OR '1'='1' -- harb",
            "harb\\",
            "h*a*r*b",
            "harb\u{0}",
        ] {
            let r = desk.search_articles(&text(q));
            assert!(r.is_ok(), "{q}: {r:?}");
            if q != "h*a*r*b" {
                assert_eq!(ids(&r.unwrap()), vec![id], "{q}");
            }
        }
        for q in [
            "\"", "*", "AND", "OR", "NEAR", "NEAR(", ":", "-", "\"\"", "^", "()",
        ] {
            let r = desk.search_articles(&text(q));
            assert!(r.is_ok(), "{q}: {r:?}");
        }
        // Operators are words like any other.
        assert_eq!(found(&desk, "NEAR"), vec![id]);
    }

    #[test]
    fn query_syntax_is_never_interpreted() {
        let (_dir, desk) = desk();
        let id = article(&desk, "AND OR NOT", "", "a \"quoted\" word* and NEAR(x y)");
        for q in [
            "\"",
            "*",
            "AND",
            "NEAR(x",
            "title:quoted",
            "quoted\"",
            "-word",
            "(",
            "^a",
        ] {
            let r = desk.search_articles(&text(q));
            assert!(r.is_ok(), "{q}: {r:?}");
        }
        assert_eq!(
            ids(&desk.search_articles(&text("quoted\"")).unwrap()),
            vec![id]
        );
        assert_eq!(found(&desk, "NOT"), vec![id]);
    }
}
