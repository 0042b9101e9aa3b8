//! A site's interface strings from the desk: open them with their checks, send one
//! message with a plural as a translator, see it on the site; a stale second translator
//! gets a conflict, a broken plural is refused before anything is sent, and a writer's
//! token is refused by the site.

use anyhow::Result;
use dateline_desk::{Desk, DeskErrorCode, Keyring, StringStatus};
use dateline_protocol::Role;
use e2e::TestSite;

fn desk_with(site: &TestSite, role: Role) -> Result<(tempfile::TempDir, Desk, String)> {
    let dir = tempfile::tempdir()?;
    let desk = Desk::open_with_keyring(
        dir.path(),
        Keyring::service(&format!("dateline-e2e-{}", uuid::Uuid::new_v4())),
    )?;
    let token = site.token(role);
    Ok((dir, desk, token))
}

const FRENCH: &str = "try-again-in = { $minutes ->
    [one] Réessayez dans une minute.
   *[other] Réessayez dans { $minutes } minutes.
}";

#[tokio::test(flavor = "multi_thread")]
async fn a_translator_sends_a_plural_and_a_stale_one_gets_a_conflict() -> Result<()> {
    let site = TestSite::start_through_cli().await;
    let (_a, alice, token) = desk_with(&site, Role::Translator)?;
    alice.add_site(&site.base, &token).await?;
    let (_b, bruno, token) = desk_with(&site, Role::Translator)?;
    bruno.add_site(&site.base, &token).await?;

    let opened = alice.open_site_strings(&site.base, "fr").await?;
    assert_eq!(opened.site_version, Some(0));
    let row = opened
        .rows
        .iter()
        .find(|r| r.id == "try-again-in")
        .expect("the message");
    assert_eq!(row.status, StringStatus::Translated, "{row:?}");
    let stale = bruno.open_site_strings(&site.base, "fr").await?;

    // A plural without French's `one` is refused before anything is sent.
    let broken = "try-again-in = { $minutes ->\n   *[other] Réessayez plus tard.\n}";
    let err = alice
        .save_site_string(&site.base, "fr", "try-again-in", broken, 0)
        .await
        .unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Invalid, "{err}");

    let saved = alice
        .save_site_string(&site.base, "fr", "try-again-in", FRENCH, 0)
        .await?;
    assert_eq!(saved.site_version, Some(1));
    let on_site = dateline_desk::SiteClient::new(&site.base, &site.token(Role::Editor))?
        .get_strings("fr")
        .await?
        .expect("an override");
    assert!(on_site.ftl.contains("Réessayez dans { $minutes } minutes."));

    let err = bruno
        .save_site_string(
            &site.base,
            "fr",
            "try-again-in",
            "try-again-in = { $minutes ->\n    [one] Encore une minute.\n   *[other] Encore { $minutes } minutes.\n}",
            stale.site_version.unwrap_or_default(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Conflict, "{err}");
    assert!(
        err.message.contains("Réessayez"),
        "their text is shown: {err}"
    );

    // A writer may read the strings but the site refuses their changes.
    let (_w, walter, token) = desk_with(&site, Role::Writer)?;
    walter.add_site(&site.base, &token).await?;
    let err = walter
        .save_site_string(&site.base, "fr", "try-again-in", FRENCH, 1)
        .await
        .unwrap_err();
    assert_eq!(err.code, DeskErrorCode::Forbidden, "{err}");
    site.stop().await;
    Ok(())
}
