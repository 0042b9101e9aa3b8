//! The interface-strings editor in the built desk (issue 6): a translator opens the
//! site's French strings, fills in a message with a plural one field per French plural
//! category, sees it previewed with sample numbers, is stopped from sending an empty
//! form, sends it, and a reader sees it on the site in headless Chromium. Then another
//! translator changes the same strings from their own desk, and the first one's next
//! send is a conflict with the other's text shown, not an overwrite; reopening keeps
//! what they typed, and sending again works.

use anyhow::{Context, Result};
use dateline_protocol::Role;
use e2e::{
    Chromium, Client, Desk, Locator, TestSite, click, failure_screenshot, fill_in, screenshot,
    set_ui_language, text_of, wait_attr, wait_text, with_connected_desk,
};

const ONE: &str =
    "Le lien ne vaut qu’une heure : ouvrez-le vite pour choisir un nouveau mot de passe.";
const OTHER: &str =
    "Le lien vaut { $hours } heures : ouvrez-le pour choisir un nouveau mot de passe.";

#[tokio::test(flavor = "multi_thread")]
async fn a_translator_sends_a_plural_to_the_site_and_meets_a_conflict() -> Result<()> {
    with_connected_desk("desk-strings", Role::Translator, session).await?;
    Ok(())
}

async fn session(c: &Client, site: &TestSite) -> Result<()> {
    click(c, "[data-testid=view-translate]").await?;
    click(c, "[data-testid=translate-half-strings]").await?;
    // The one site is chosen; French is one of its languages.
    c.wait()
        .for_element(Locator::Css(
            "[data-testid=strings-locale] option[value=fr]",
        ))
        .await?;
    c.find(Locator::Css("[data-testid=strings-locale]"))
        .await?
        .select_by_value("fr")
        .await?;
    let search = c
        .wait()
        .for_element(Locator::Css("[data-testid=strings-search]"))
        .await?;
    // The search is under the status filter, as wide as the list: its placeholder shows
    // whole.
    let stacked = e2e::eval(
        c,
        "const box = (css) => document.querySelector(css).getBoundingClientRect();
         return box('[data-testid=strings-search]').top >= box('[data-testid=strings-filter]').bottom;",
    )
    .await?;
    assert_eq!(
        stacked,
        serde_json::json!(true),
        "the search under the filter"
    );
    search.send_keys("check-inbox-reset").await?;
    click(c, "[data-testid=strings-row][data-id=check-inbox-reset]").await?;
    wait_attr(
        c,
        "[data-testid=strings-editor]",
        "data-id",
        "check-inbox-reset",
    )
    .await?;

    // French has two plural categories; each field is a whole sentence, the words
    // around the choice included.
    let variants = c
        .find_all(Locator::Css("[data-testid=strings-variant]"))
        .await?;
    let mut keys = Vec::new();
    for v in &variants {
        keys.push(v.attr("data-key").await?.unwrap_or_default());
    }
    assert_eq!(keys, ["one", "other"]);
    let first = variants[0].prop("value").await?.unwrap_or_default();
    assert!(
        first.starts_with("Ouvrez le lien qu’il contient dans l’heure pour choisir"),
        "{first}"
    );

    // An empty category is refused before anything is sent, naming the field.
    let one = "[data-testid=strings-variant][data-key=one]";
    let other = "[data-testid=strings-variant][data-key=other]";
    replace(c, one, "").await?;
    wait_text(
        c,
        "[data-testid=strings-compose-problem]",
        "the empty category named",
        |t| t.contains("one"),
    )
    .await?;
    replace(c, one, ONE).await?;
    replace(c, other, OTHER).await?;

    // The preview formats each category with a sample number (French `one` is 0 and 1,
    // `other` 2 and up).
    wait_text(
        c,
        "[data-testid=strings-preview-line][data-category=one]",
        "the `one` preview",
        |t| t.contains("ne vaut qu’une heure"),
    )
    .await?;
    wait_text(
        c,
        "[data-testid=strings-preview-line][data-category=other]",
        "the `other` preview",
        |t| t.contains("Le lien vaut 2 heures"),
    )
    .await?;
    screenshot(c, "desk-strings-plural").await?;

    click(c, "[data-testid=strings-save]").await?;
    wait_text(c, "[data-testid=strings-saved]", "sent", |t| !t.is_empty()).await?;
    wait_attr(
        c,
        "[data-testid=strings-row][data-id=check-inbox-reset]",
        "data-status",
        "translated",
    )
    .await?;

    // The Fluent source of what was sent, in the expert's mode.
    click(c, "[data-testid=strings-mode-raw]").await?;
    let raw = c
        .wait()
        .for_element(Locator::Css("[data-testid=strings-raw]"))
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    assert!(raw.contains(&format!("[one] {ONE}")), "{raw}");
    assert!(raw.contains(&format!("*[other] {OTHER}")), "{raw}");
    click(c, "[data-testid=strings-mode-form]").await?;

    // A reader asks for a new password in French: the link is valid one hour.
    let browser = Chromium::start().await?;
    let b = &browser.client;
    let seen = async {
        b.goto(&format!("{}/fr/account/reset", site.base)).await?;
        fill_in(
            b,
            "[data-testid=reset-request] form",
            &[("email", "lecteur@example.org")],
        )
        .await?;
        let page = text_of(b, "main").await?;
        assert!(page.contains(ONE), "{page}");
        e2e::screenshot(b, "site-fr-reset-translated").await
    };
    let seen = failure_screenshot(b, "site-fr-reset-failure", seen.await).await;
    let _ = browser.client.clone().close().await;
    seen?;

    // Another translator sends a change to the French strings from their own desk.
    let other_dir = tempfile::tempdir()?;
    let bruno = dateline_desk::Desk::open_with_keyring(
        other_dir.path(),
        dateline_desk::Keyring::service(&format!("dateline-e2e-{}", uuid::Uuid::new_v4())),
    )?;
    bruno
        .add_site(&site.base, &site.token(Role::Translator))
        .await?;
    let theirs = bruno.open_site_strings(&site.base, "fr").await?;
    bruno
        .save_site_string(
            &site.base,
            "fr",
            "check-inbox-heading",
            "check-inbox-heading = Regardez votre messagerie",
            theirs.site_version.unwrap_or_default(),
        )
        .await?;

    // Ours, of the same message, is a conflict that shows their text.
    let search = c.find(Locator::Css("[data-testid=strings-search]")).await?;
    search.clear().await?;
    search.send_keys("check-inbox-heading").await?;
    click(c, "[data-testid=strings-row][data-id=check-inbox-heading]").await?;
    wait_attr(
        c,
        "[data-testid=strings-editor]",
        "data-id",
        "check-inbox-heading",
    )
    .await?;
    let value = "[data-testid=strings-field]";
    replace(c, value, "Consultez vos e-mails").await?;
    c.wait()
        .for_element(Locator::Css("[data-testid=strings-row-draft]"))
        .await?;
    click(c, "[data-testid=strings-save]").await?;
    let conflict = wait_text(c, "[data-testid=strings-conflict]", "the conflict", |t| {
        !t.is_empty()
    })
    .await?;
    assert!(
        conflict.contains("Regardez votre messagerie"),
        "their text is shown: {conflict}"
    );
    screenshot(c, "desk-strings-conflict").await?;

    // Reopening brings their version; what we typed is still there as a draft.
    click(c, "[data-testid=strings-reopen]").await?;
    e2e::wait_seeing("the conflict settled by reopening", || async {
        let left = c
            .find_all(Locator::Css("[data-testid=strings-conflict]"))
            .await
            .map(|v| v.len());
        (format!("{left:?}"), matches!(left, Ok(0)).then_some(()))
    })
    .await?;
    let kept = c
        .find(Locator::Css(value))
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    anyhow::ensure!(
        kept == "Consultez vos e-mails",
        "the draft is kept after reopening, not {kept:?}"
    );
    click(c, "[data-testid=strings-save]").await?;
    wait_text(c, "[data-testid=strings-saved]", "sent again", |t| {
        !t.is_empty()
    })
    .await?;
    let now = bruno.open_site_strings(&site.base, "fr").await?;
    assert_eq!(now.site_version, Some(3), "ours, theirs, then ours again");
    let row = now
        .rows
        .iter()
        .find(|r| r.id == "check-inbox-heading")
        .context("the message")?;
    assert_eq!(
        row.translation.as_deref().map(str::trim_end),
        Some("check-inbox-heading = Consultez vos e-mails")
    );
    let kept_plural = now
        .rows
        .iter()
        .find(|r| r.id == "check-inbox-reset")
        .and_then(|r| r.translation.clone())
        .unwrap_or_default();
    assert!(
        kept_plural.contains(ONE),
        "the plural sent first is still there"
    );
    Ok(())
}

/// Replaces the text of a field as a user would: select all, then type.
async fn replace(c: &Client, css: &str, text: &str) -> Result<()> {
    let field = c.wait().for_element(Locator::Css(css)).await?;
    field.clear().await?;
    // `clear` sets the value without an input event; a key stroke makes one.
    if text.is_empty() {
        field.send_keys(" ").await?;
        field
            .send_keys(&fantoccini::key::Key::Backspace.to_string())
            .await?;
    } else {
        field.send_keys(text).await?;
    }
    Ok(())
}

const REFERENCE: &str = "\
# The reference of a small app.
-brand = Harbourline
welcome = Welcome to { -brand }, { $name }!
    .title = Greeting
unread =
    { $count ->
        [one] One unread letter
       *[other] { $count } unread letters
    }
";

const FRENCH: &str = "\
# Traduction française : ce commentaire reste tel quel.
-brand = Harbourline
welcome = Bienvenue sur { -brand }, { $name } !
    .title = Salutation
broken = { $oops
obsolete-one = Un ancien texte que la référence n’a plus
";

#[tokio::test(flavor = "multi_thread")]
async fn a_folder_with_a_broken_file_opens_and_saves_without_losing_anything() -> Result<()> {
    let strings = tempfile::tempdir()?;
    for (locale, text) in [("en-US", REFERENCE), ("fr", FRENCH)] {
        std::fs::create_dir_all(strings.path().join(locale))?;
        std::fs::write(strings.path().join(locale).join("app.ftl"), text)?;
    }
    let data = tempfile::tempdir()?;
    let desk = Desk::start(data.path()).await?;
    let c = &desk.client;
    let result = folder_session(c, strings.path()).await;
    let result = failure_screenshot(c, "desk-strings-folder-failure", result).await;
    desk.quit().await?;
    result
}

async fn folder_session(c: &Client, root: &std::path::Path) -> Result<()> {
    // The folder was opened once through the OS's dialog (which WebDriver cannot drive):
    // the desk remembers it.
    let root_text = root.to_str().context("a UTF-8 path")?;
    c.wait()
        .for_element(Locator::Css("[data-testid=view-translate]"))
        .await?;
    c.execute(
        "localStorage.setItem('dateline.strings-folders', JSON.stringify([arguments[0]]));",
        vec![serde_json::json!(root_text)],
    )
    .await?;
    c.refresh().await?;
    click(c, "[data-testid=view-translate]").await?;
    click(c, "[data-testid=translate-half-strings]").await?;
    let source = format!("folder:{root_text}");
    c.wait()
        .for_element(Locator::Css(&format!(
            "[data-testid=strings-source] option[value='{source}']"
        )))
        .await?;
    c.find(Locator::Css("[data-testid=strings-source]"))
        .await?
        .select_by_value(&source)
        .await?;

    // The broken line is reported where it is; the message the reference dropped is
    // kept and flagged; the missing one is listed as missing.
    let findings = wait_text(
        c,
        "[data-testid=strings-file-findings]",
        "the syntax error",
        |t| !t.is_empty(),
    )
    .await?;
    // The parser notices the unclosed placeable where the next line begins.
    assert!(findings.contains("Line 6, column 1"), "{findings}");
    wait_attr(
        c,
        "[data-testid=strings-row][data-id=unread]",
        "data-status",
        "missing",
    )
    .await?;
    wait_attr(
        c,
        "[data-testid=strings-row][data-id=obsolete-one]",
        "data-status",
        "obsolete",
    )
    .await?;
    click(c, "[data-testid=strings-row][data-id=obsolete-one]").await?;
    c.wait()
        .for_element(Locator::Css("[data-testid=strings-obsolete-note]"))
        .await?;

    // The missing plural, one field per French category.
    click(c, "[data-testid=strings-row][data-id=unread]").await?;
    wait_attr(c, "[data-testid=strings-editor]", "data-id", "unread").await?;
    replace(
        c,
        "[data-testid=strings-variant][data-key=one]",
        "Une lettre non lue",
    )
    .await?;
    replace(
        c,
        "[data-testid=strings-variant][data-key=other]",
        "{ $count } lettres non lues",
    )
    .await?;
    wait_text(
        c,
        "[data-testid=strings-preview-line][data-category=other]",
        "the preview",
        |t| t.contains("2 lettres non lues"),
    )
    .await?;
    screenshot(c, "desk-strings-folder").await?;
    click(c, "[data-testid=strings-save]").await?;
    wait_text(c, "[data-testid=strings-saved]", "saved", |t| !t.is_empty()).await?;

    // Everything that was in the file is still there, byte for byte, the broken line
    // and the comment included; the new message is added.
    let after = std::fs::read_to_string(root.join("fr").join("app.ftl"))?;
    assert!(after.starts_with(FRENCH), "{after}");
    assert!(
        after.contains("[one] Une lettre non lue")
            && after.contains("*[other] { $count } lettres non lues"),
        "{after}"
    );

    // A new language: every message missing; the file is made on the first save.
    let add = c
        .find(Locator::Css("[data-testid=strings-new-locale]"))
        .await?;
    add.send_keys("it").await?;
    add.send_keys(&fantoccini::key::Key::Enter.to_string())
        .await?;
    wait_attr(
        c,
        "[data-testid=strings-row][data-id=welcome]",
        "data-status",
        "missing",
    )
    .await?;
    // The term first: the message refers to it, and a reference to nothing is an error.
    // The comment above it in the reference is shown as a note for translators.
    click(c, "[data-testid=strings-row][data-id='-brand']").await?;
    wait_attr(c, "[data-testid=strings-editor]", "data-id", "-brand").await?;
    wait_text(c, "[data-testid=strings-note]", "the note", |t| {
        t.contains("The reference of a small app.")
    })
    .await?;
    replace(c, "[data-testid=strings-field]", "Harbourline").await?;
    // Ctrl+Enter saves the message and opens the next one in the list.
    let (ctrl, enter, null) = (
        char::from(fantoccini::key::Key::Control),
        char::from(fantoccini::key::Key::Enter),
        char::from(fantoccini::key::Key::Null),
    );
    c.find(Locator::Css("[data-testid=strings-field]"))
        .await?
        .send_keys(&format!("{ctrl}{enter}{null}"))
        .await?;
    wait_attr(
        c,
        "[data-testid=strings-row][data-id='-brand']",
        "data-status",
        "translated",
    )
    .await?;
    wait_attr(c, "[data-testid=strings-editor]", "data-id", "welcome").await?;
    replace(
        c,
        "[data-testid=strings-field][data-field=Value]",
        "Benvenuto su { -brand }, { $name }!",
    )
    .await?;
    replace(
        c,
        "[data-testid=strings-field][data-field='.title']",
        "Saluto",
    )
    .await?;
    // Ctrl+S saves it and stays (and makes no revision of an article).
    c.find(Locator::Css(
        "[data-testid=strings-field][data-field='.title']",
    ))
    .await?
    .send_keys(&format!("{ctrl}s{null}"))
    .await?;
    wait_text(c, "[data-testid=strings-saved]", "saved", |t| !t.is_empty()).await?;
    // The editor in an Arabic desk lays out right to left; the French fields stay
    // left to right.
    set_ui_language(c, "ar", "rtl").await?;
    let field_dir = c
        .execute(
            "return document.querySelector('[data-testid=strings-field]').dir;",
            vec![],
        )
        .await?;
    assert_eq!(field_dir, "ltr", "Italian is written left to right");
    screenshot(c, "desk-strings-rtl").await?;

    let italian = std::fs::read_to_string(root.join("it").join("app.ftl"))?;
    assert_eq!(
        italian.trim_end(),
        "-brand = Harbourline\nwelcome = Benvenuto su { -brand }, { $name }!\n    .title = Saluto"
    );
    Ok(())
}
