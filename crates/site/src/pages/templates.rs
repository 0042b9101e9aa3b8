//! The page templates, built into the binary, and the `t()` function that gives them
//! the site's Fluent strings in the page's locale.

use std::sync::Arc;

use dateline_l10n::Localizer;
use fluent_bundle::FluentArgs;
use minijinja::value::{Kwargs, Value};
use minijinja::{AutoEscape, Environment, Error, State};

const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/base.html")),
    ("_macros.html", include_str!("../../templates/_macros.html")),
    ("home.html", include_str!("../../templates/home.html")),
    ("section.html", include_str!("../../templates/section.html")),
    ("article.html", include_str!("../../templates/article.html")),
    ("signin.html", include_str!("../../templates/signin.html")),
    ("message.html", include_str!("../../templates/message.html")),
    (
        "_newsletter.html",
        include_str!("../../templates/_newsletter.html"),
    ),
    ("signup.html", include_str!("../../templates/signup.html")),
    ("reset.html", include_str!("../../templates/reset.html")),
    ("account.html", include_str!("../../templates/account.html")),
    (
        "newsletter.html",
        include_str!("../../templates/newsletter.html"),
    ),
    ("notice.html", include_str!("../../templates/notice.html")),
];

pub(crate) struct Templates {
    env: Environment<'static>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates").finish_non_exhaustive()
    }
}

impl Templates {
    pub(crate) fn new(l10n: Arc<Localizer>) -> Result<Self, Error> {
        let mut env = Environment::new();
        // Everything a template prints is escaped unless it says `|safe`, which only
        // the sanitised article HTML does.
        env.set_auto_escape_callback(|_| AutoEscape::Html);
        for (name, source) in TEMPLATES {
            env.add_template(name, source)?;
        }
        env.add_function(
            "t",
            move |state: &State, id: &str, kwargs: Kwargs| -> Result<String, Error> {
                let locale = state
                    .lookup("locale")
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default();
                let names: Vec<String> = kwargs.args().map(str::to_owned).collect();
                let mut args = FluentArgs::new();
                for name in names {
                    let value: Value = kwargs.get(&name)?;
                    match value.as_i64() {
                        Some(n) => args.set(name, n),
                        None => args.set(name, value.to_string()),
                    }
                }
                Ok(l10n.format(&locale, id, Some(&args)))
            },
        );
        Ok(Self { env })
    }

    pub(crate) fn render(&self, name: &str, context: Value) -> Result<String, Error> {
        self.env.get_template(name)?.render(context)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dateline_l10n::Domain;
    use minijinja::context;

    fn templates() -> Templates {
        Templates::new(Arc::new(Localizer::builtin(Domain::Site).unwrap())).unwrap()
    }

    /// What `render_page` gives every template, for an anonymous reader.
    fn shell(locale: &str, site_name: &str) -> Value {
        context! {
            locale => locale, dir => "ltr", site_name => site_name, reader => (), csrf => (),
            signin_url => format!("/{locale}/account/signin"), nav => Vec::<()>::new(),
            stylesheet_url => "/assets/site.0123456789ab.css",
            feed_url => format!("/{locale}/feed.xml"),
            languages => Vec::<()>::new(), alternates => Vec::<()>::new(),
        }
    }

    #[test]
    fn strings_follow_the_page_locale_even_inside_imported_macros() {
        let html = templates()
            .render(
                "section.html",
                context! {
                    section_name => "Asie", stories => Vec::<()>::new(), page => 1,
                    crumbs => vec![context! { name => "Accueil", url => "/fr/" }],
                    ..shell("fr", "S")
                },
            )
            .unwrap();
        assert!(html.contains("Rien n’est encore publié ici."), "{html}");
        let fr_label =
            Localizer::builtin(Domain::Site)
                .unwrap()
                .format("fr", "breadcrumbs-label", None);
        assert!(
            html.contains(&format!("aria-label=\"{fr_label}\"")),
            "{html}"
        );
    }

    fn article_context(title: &str, site_name: &str) -> Value {
        context! {
            crumbs => vec![
                context! { name => "Home", url => "/en-US/" },
                context! { name => "World", url => "/en-US/world/" },
            ],
            title => title, standfirst => "\"quoted\"", description => "\"quoted\"",
            byline => "B",
            published => context! { datetime => "2026-11-26T09:00:00Z", display => "November 26, 2026" },
            updated => (), reading_minutes => 3, canonical => "https://x/en-US/world/a",
            og_locale => "en_US", other_locales => Vec::<()>::new(), section_name => "World",
            tags => vec!["ports"], source_url => "https://www.example.org/report",
            source_host => "example.org",
            free_html => "<p>free</p>", paid_html => (), free => false,
            related => Vec::<()>::new(),
            paywall => context! {
                tier_name => "Premium", subscribe_url => "/en-US/account/subscribe?tier=premium",
                signin_url => "/en-US/account/signin?next=/en-US/world/a",
            },
            json_ld => vec![Value::from_safe_string("{\"@type\":\"NewsArticle\"}".into())],
            ..shell("en-US", site_name)
        }
    }

    #[test]
    fn text_is_escaped_and_only_article_html_is_not() {
        let html = templates()
            .render("article.html", article_context("<script>x</script>", "<S>"))
            .unwrap();
        assert!(!html.contains("<script>x"));
        assert!(html.contains("&lt;script&gt;x"));
        assert!(html.contains("<p>free</p>"));
        assert!(html.contains("3 min read"));
    }

    /// The whole article page as a paywalled reader gets it: a change to the markup shows
    /// up here as a reviewed diff.
    #[test]
    fn a_paywalled_article_page() {
        let html = templates()
            .render(
                "article.html",
                article_context("The harbour that learned to wait", "The Lantern Courier"),
            )
            .unwrap();
        insta::assert_snapshot!(html);
    }
}
