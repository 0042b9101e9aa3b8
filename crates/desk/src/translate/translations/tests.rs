//! Translations: status, outdated, per-locale history, the memory they feed.

use super::*;
use crate::DeskErrorCode;
use crate::testutil::{desk, edit};
use crate::translate::changes::{ParagraphChangeKind, paragraph_changes};

fn text(title: &str, body: &str) -> TextEdit {
    TextEdit {
        title: title.into(),
        standfirst: String::new(),
        body: body.into(),
        slug: String::new(),
        block_sources: None,
    }
}

#[test]
fn each_locale_has_its_own_history_and_restores_only_into_itself() {
    let (_dir, desk) = desk();
    let a = desk.create_article().unwrap();
    desk.save_article(a.id, &edit("Harbour", "The cranes stopped."))
        .unwrap();
    desk.snapshot_revision(a.id, "en-US", Some("english draft"))
        .unwrap();
    desk.add_translation(a.id, "fr").unwrap();
    desk.save_translation(a.id, "fr", &text("Port", "Les grues se sont arrêtées."))
        .unwrap();
    let french = desk
        .snapshot_revision(a.id, "fr", Some("brouillon"))
        .unwrap();
    assert_eq!(french.locale, "fr");

    let english = desk.list_revisions(a.id, "en-US").unwrap();
    assert!(!english.is_empty());
    assert!(english.iter().all(|r| r.locale == "en-US"), "{english:?}");
    let in_french = desk.list_revisions(a.id, "fr").unwrap();
    assert!(in_french.iter().all(|r| r.locale == "fr"), "{in_french:?}");
    assert!(in_french.iter().any(|r| r.id == french.id));

    // Two locales are not two versions of one text.
    let across = desk
        .diff_revisions(a.id, english[0].id, french.id)
        .unwrap_err();
    assert_eq!(across.code, DeskErrorCode::Invalid, "{across:?}");

    // The French version never replaces the English text, and nothing changes.
    let refused = desk.restore_revision(a.id, "en-US", french.id).unwrap_err();
    assert_eq!(refused.code, DeskErrorCode::Invalid, "{refused:?}");
    assert!(refused.message.contains("fr"), "{refused:?}");
    assert_eq!(desk.article(a.id).unwrap().title, "Harbour");
    assert_eq!(desk.list_revisions(a.id, "en-US").unwrap(), english);

    // Into its own text it goes.
    desk.save_translation(a.id, "fr", &text("Port fermé", "Tout a changé."))
        .unwrap();
    desk.restore_revision(a.id, "fr", french.id).unwrap();
    assert_eq!(desk.text(a.id, "fr").unwrap().title, "Port");
    assert_eq!(desk.article(a.id).unwrap().title, "Harbour");

    // A locale the article has no text in has no history.
    let none = desk.list_revisions(a.id, "de").unwrap_err();
    assert_eq!(none.code, DeskErrorCode::NotFound, "{none:?}");
}

#[test]
fn a_done_translation_becomes_outdated_when_the_source_changes() {
    let (_dir, desk) = desk();
    let a = desk.create_article().unwrap();
    desk.save_article(
        a.id,
        &edit("Tides", "The sea rose.\n\n<!-- paywall -->\n\nMore."),
    )
    .unwrap();
    desk.add_translation(a.id, "fr").unwrap();
    desk.save_translation(a.id, "fr", &text("Marées", "La mer monta."))
        .unwrap();
    let texts = desk
        .set_translation_status(a.id, "fr", TranslationStatus::Done)
        .unwrap();
    let fr = texts.iter().find(|t| t.locale == "fr").unwrap();
    assert_eq!(fr.status, TranslationStatus::Done);
    assert!(!fr.outdated);
    assert!(!fr.has_cut, "the French text has no cut yet");
    assert!(texts[0].is_source && texts[0].has_cut);

    // Metadata alone does not outdate a translation; the text does.
    let mut e = edit("Tides", "The sea rose.\n\n<!-- paywall -->\n\nMore.");
    e.byline = "Ines Moreau".into();
    desk.save_article(a.id, &e).unwrap();
    assert!(!desk.texts(a.id).unwrap()[1].outdated);
    desk.save_article(a.id, &edit("Tides", "The sea rose higher."))
        .unwrap();
    let fr = desk.texts(a.id).unwrap().remove(1);
    assert!(fr.outdated);
    let fr = desk
        .set_translation_status(a.id, "fr", TranslationStatus::Done)
        .unwrap()
        .remove(1);
    assert!(!fr.outdated, "marked up to date");
}

#[test]
fn a_changed_block_comes_with_its_changed_words() {
    use crate::DiffOp;
    let changes = paragraph_changes(
        "Dogs travel free.\n\nThe ferry leaves at six.",
        "Dogs travel free. Bicycles too.\n\nThe ferry leaves at seven.",
    );
    assert_eq!(changes.len(), 2);
    for c in &changes {
        assert_eq!(c.change, ParagraphChangeKind::Changed);
        let side = |keep: DiffOp| -> String {
            c.changed_words
                .iter()
                .filter(|w| w.op == DiffOp::Equal || w.op == keep)
                .map(|w| w.text.as_str())
                .collect()
        };
        // Either side is rebuilt from the parts.
        assert_eq!(Some(side(DiffOp::Insert)), c.after);
        assert_eq!(Some(side(DiffOp::Delete)), c.before);
    }
    let words = |op| -> Vec<&str> {
        changes[1]
            .changed_words
            .iter()
            .filter(|w| w.op == op)
            .map(|w| w.text.trim())
            .collect()
    };
    assert_eq!(
        words(DiffOp::Insert),
        ["seven"],
        "the full stop is the same in both"
    );
    assert_eq!(words(DiffOp::Delete), ["six"]);
    let same = paragraph_changes("Unchanged.", "Unchanged.");
    assert!(
        same[0].changed_words.is_empty(),
        "only changed blocks carry words"
    );
}

#[test]
fn the_translator_sees_which_source_paragraphs_changed_since_done() {
    let (_dir, desk) = desk();
    let a = desk.create_article().unwrap();
    let before = "The ferry sails at six.\n\nTickets cost two euros.\n\nDogs ride free.";
    desk.save_article(a.id, &edit("Ferry", before)).unwrap();
    desk.add_translation(a.id, "fr").unwrap();
    desk.save_translation(
        a.id,
        "fr",
        &text("Bac", "Le bac part à six heures.\n\nLe billet coûte deux euros.\n\nLes chiens voyagent gratuitement."),
    )
    .unwrap();
    desk.set_translation_status(a.id, "fr", TranslationStatus::Done)
        .unwrap();
    let none = desk.source_changes(a.id, "fr").unwrap();
    assert!(!none.outdated);
    assert!(
        none.paragraphs
            .iter()
            .all(|p| p.change == ParagraphChangeKind::Same)
    );

    let after = "The ferry sails at seven.\n\nTickets cost two euros.\n\nBikes ride free too.\n\nDogs ride free.";
    desk.save_article(a.id, &edit("Ferry news", after)).unwrap();
    let changes = desk.source_changes(a.id, "fr").unwrap();
    assert!(changes.outdated);
    assert_eq!(changes.title, Some(("Ferry".into(), "Ferry news".into())));
    let kinds: Vec<_> = changes.paragraphs.iter().map(|p| p.change).collect();
    use ParagraphChangeKind::*;
    assert_eq!(kinds, vec![Changed, Same, Added, Same], "{changes:?}");
    assert_eq!(
        changes.paragraphs[0].before.as_deref(),
        Some("The ferry sails at six.")
    );
    assert_eq!(
        changes.paragraphs[0].after.as_deref(),
        Some("The ferry sails at seven.")
    );
    assert_eq!(
        changes.paragraphs[2].after.as_deref(),
        Some("Bikes ride free too.")
    );
}

#[test]
fn earlier_translations_are_suggested_for_like_paragraphs() {
    let (_dir, desk) = desk();
    let a = desk.create_article().unwrap();
    let source = a.source_locale.clone();
    desk.save_article(
        a.id,
        &edit(
            "Ferry",
            "The harbour council voted on Tuesday to reopen the night ferry.\n\nRain is expected.",
        ),
    )
    .unwrap();
    desk.add_translation(a.id, "fr").unwrap();
    desk.save_translation(
        a.id,
        "fr",
        &text("Bac", "Le conseil du port a voté mardi la réouverture du bac de nuit.\n\nDe la pluie est attendue."),
    )
    .unwrap();
    // Not done yet: nothing in the memory.
    let asked = "The harbour council voted on Monday to reopen the night ferry.";
    assert!(
        desk.suggestions(asked, &source, "fr", None, 5)
            .unwrap()
            .is_empty()
    );
    desk.set_translation_status(a.id, "fr", TranslationStatus::Done)
        .unwrap();

    let found = desk.suggestions(asked, &source, "fr", None, 5).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].translation.starts_with("Le conseil du port"));
    assert!(
        found[0].score >= 80 && found[0].score < 100,
        "{}",
        found[0].score
    );
    let exact = desk
        .suggestions("Rain is expected.", &source, "fr", None, 5)
        .unwrap();
    assert_eq!(exact[0].score, 100);
    assert_eq!(exact[0].translation, "De la pluie est attendue.");
    // Another language, or the article itself left out: nothing.
    assert!(
        desk.suggestions(asked, &source, "de", None, 5)
            .unwrap()
            .is_empty()
    );
    assert!(
        desk.suggestions(asked, &source, "fr", Some(a.id), 5)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn a_paragraph_translated_out_of_turn_stays_beside_its_source() {
    let (_dir, desk) = desk();
    let a = desk.create_article().unwrap();
    let source = a.source_locale.clone();
    let first = "The ferry sails at six in the morning.";
    let second = "Tickets for the crossing cost two euros.";
    desk.save_article(a.id, &edit("Ferry", &format!("{first}\n\n{second}")))
        .unwrap();
    desk.add_translation(a.id, "fr").unwrap();
    // Only the second paragraph is translated yet.
    let mut out_of_turn = text("Bac", "Le billet coûte deux euros.");
    out_of_turn.block_sources = Some(vec![second.into()]);
    desk.save_translation(a.id, "fr", &out_of_turn).unwrap();
    assert_eq!(
        desk.text(a.id, "fr").unwrap().block_sources,
        Some(vec![second.to_owned()])
    );

    // Marked done as it is: the memory pairs it with the second paragraph, not the
    // first.
    desk.set_translation_status(a.id, "fr", TranslationStatus::Done)
        .unwrap();
    let found = desk.suggestions(second, &source, "fr", None, 5).unwrap();
    assert_eq!(found[0].score, 100, "{found:?}");
    assert_eq!(found[0].translation, "Le billet coûte deux euros.");
    assert!(
        desk.suggestions(first, &source, "fr", None, 5)
            .unwrap()
            .iter()
            .all(|s| s.score < 100),
        "the first paragraph was never translated"
    );

    // An edit that adds a block without saying where it belongs (Write's editor)
    // retires the map: blocks pair by position again.
    let mut in_write = desk.text(a.id, "fr").unwrap();
    in_write.body = "Le bac part à six heures.\n\nLe billet coûte deux euros.".into();
    desk.save_translation(a.id, "fr", &in_write).unwrap();
    assert_eq!(desk.text(a.id, "fr").unwrap().block_sources, None);
}

#[test]
fn the_dashboard_shows_each_translation_s_progress() {
    let (_dir, desk) = desk();
    let a = desk.create_article().unwrap();
    desk.save_article(a.id, &edit("Ferry", "One.\n\nTwo.\n\nThree.\n\nFour."))
        .unwrap();
    desk.add_translation(a.id, "fr").unwrap();
    desk.save_translation(a.id, "fr", &text("Bac", "Un.\n\nDeux."))
        .unwrap();
    desk.add_translation(a.id, "de").unwrap();
    desk.save_translation(
        a.id,
        "de",
        &text("Fähre", "Eins.\n\nZwei.\n\nDrei.\n\nVier."),
    )
    .unwrap();
    desk.set_translation_status(a.id, "de", TranslationStatus::Done)
        .unwrap();
    let rows = desk.translation_overview().unwrap();
    assert_eq!(rows.len(), 1);
    let progress: std::collections::BTreeMap<_, _> = rows[0].progress.iter().cloned().collect();
    assert_eq!(progress["fr"], 50);
    assert_eq!(progress["de"], 100);
}

#[test]
fn the_source_is_not_a_translation() {
    let (_dir, desk) = desk();
    let a = desk.create_article().unwrap();
    let source = a.source_locale.clone();
    assert!(
        desk.save_translation(a.id, &source, &text("x", "y"))
            .is_err()
    );
    assert!(
        desk.set_translation_status(a.id, &source, TranslationStatus::Done)
            .is_err()
    );
    desk.add_translation(a.id, "de").unwrap();
    assert!(desk.add_translation(a.id, "de").is_err(), "added twice");
    assert_eq!(desk.text(a.id, "de").unwrap(), text("", ""));
}

#[test]
fn a_translation_whose_source_is_deleted_is_kept_and_flagged() {
    let (_dir, desk) = desk();
    let t0 = chrono::Utc::now();
    desk.clock.set(t0);
    let a = desk.create_article().unwrap();
    desk.save_article(
        a.id,
        &edit(
            "Night ferry",
            "The last boat left at ten.\n\nFog closed the bay.",
        ),
    )
    .unwrap();
    desk.add_translation(a.id, "fr").unwrap();
    let fr = text(
        "Le bac de nuit",
        "Le dernier bateau partit à dix heures.\n\nLe brouillard ferma la baie.",
    );
    desk.save_translation(a.id, "fr", &fr).unwrap();
    let row = |desk: &Desk| {
        desk.translation_overview()
            .unwrap()
            .into_iter()
            .find(|r| r.article.id == a.id)
    };
    assert!(!row(&desk).unwrap().source_deleted);
    assert!(!row(&desk).unwrap().in_bin);

    // In the bin: still on the dashboard, flagged, and the translator can go on.
    desk.delete_article(a.id).unwrap();
    let r = row(&desk).expect("kept on the dashboard");
    assert!(r.source_deleted);
    assert!(r.in_bin);
    assert!(r.texts.iter().any(|t| t.locale == "fr"));
    let fr = text("Le bac de nuit", "Le dernier bateau partit à dix heures.");
    desk.save_translation(a.id, "fr", &fr).unwrap();
    // Never purged with its source, however long it stays in the bin.
    assert_eq!(
        desk.purge_deleted(t0 + chrono::Duration::days(90)).unwrap(),
        0
    );
    assert_eq!(desk.text(a.id, "fr").unwrap(), fr);
    // Out of the bin: no longer flagged.
    desk.undelete_article(a.id).unwrap();
    assert!(!row(&desk).unwrap().source_deleted);

    // The source emptied after the translation was done: flagged, the translation
    // untouched; written again, not flagged.
    desk.set_translation_status(a.id, "fr", TranslationStatus::Done)
        .unwrap();
    desk.save_article(a.id, &edit("", "")).unwrap();
    assert!(row(&desk).unwrap().source_deleted);
    assert_eq!(desk.text(a.id, "fr").unwrap(), fr);
    desk.save_article(a.id, &edit("Night ferry", "The last boat left at ten."))
        .unwrap();
    assert!(!row(&desk).unwrap().source_deleted);

    // The source text's row itself gone (a hand-mended database): the dashboard
    // still lists the translation, flagged, and the workspace can open it.
    desk.db()
        .execute(
            "DELETE FROM article_texts WHERE article_id = ?1 AND locale = ?2",
            params![a.id.to_string(), a.source_locale],
        )
        .unwrap();
    let r = row(&desk).expect("still on the dashboard");
    assert!(r.source_deleted);
    assert_eq!(r.texts.len(), 1);
    assert!(desk.source_changes(a.id, "fr").unwrap().outdated);
    assert_eq!(desk.text(a.id, "fr").unwrap(), fr);
}

#[test]
fn a_translation_written_before_its_source_is_not_flagged() {
    let (_dir, desk) = desk();
    let a = desk.create_article().unwrap();
    desk.add_translation(a.id, "de").unwrap();
    desk.save_translation(a.id, "de", &text("Nachtfähre", "Das letzte Boot."))
        .unwrap();
    assert!(!desk.translation_overview().unwrap()[0].source_deleted);
    // An article in the bin with no translation stays off the dashboard.
    let b = desk.create_article().unwrap();
    desk.delete_article(b.id).unwrap();
    let ids: Vec<Uuid> = desk
        .translation_overview()
        .unwrap()
        .iter()
        .map(|r| r.article.id)
        .collect();
    assert_eq!(ids, vec![a.id]);
}

/// A translator saves what they typed over a translation that changed under them (a
/// colleague's paragraph came through the newsroom): both stay, and a paragraph both
/// changed keeps both versions, the translator's first.
#[test]
fn a_translation_saved_over_a_change_under_it_keeps_both() {
    let (_dir, desk) = desk();
    let a = desk.create_article().unwrap();
    desk.save_article(a.id, &edit("Tides", "One.\n\nTwo.\n\nThree.\n"))
        .unwrap();
    desk.add_translation(a.id, "fr").unwrap();
    let loaded = text("Marées", "Un.\n\nDeux.\n\nTrois.\n");
    desk.save_translation(a.id, "fr", &loaded).unwrap();
    // The colleague's change, stored under the translator's view.
    desk.save_translation(
        a.id,
        "fr",
        &text("Marées", "Un.\n\nDeux, dit-elle.\n\nTrois.\n"),
    )
    .unwrap();
    let typed = text("Les marées", "Un, dit-il.\n\nDeux, dit-il.\n\nTrois.\n");
    desk.save_translation_over(a.id, "fr", &typed, Some(&loaded))
        .unwrap();
    let stored = desk.text(a.id, "fr").unwrap();
    assert_eq!(stored.title, "Les marées");
    assert_eq!(
        stored.body,
        "Un, dit-il.\n\nDeux, dit-il.\n\nDeux, dit-elle.\n\nTrois.\n"
    );

    // Saving against what is stored now writes the words as typed.
    let next = text("Les marées", "Un.\n");
    desk.save_translation_over(a.id, "fr", &next, Some(&stored))
        .unwrap();
    assert_eq!(desk.text(a.id, "fr").unwrap().body, "Un.\n");
}
