//! Which article just changed, for whoever shows it. Every write the desk makes to an
//! article (its texts, its metadata, its state, its translations, a restore, an import,
//! the bin) is announced with the article's id once stored, so each view of the desktop
//! app (Write, Translate, Publish) shows what another one just changed without asking
//! on a timer. What the outbox does has its own announcement (`subscribe_outbox`).

use tokio::sync::broadcast;
use uuid::Uuid;

/// A listener that falls this far behind misses announcements (it is told it lagged,
/// and should then reload everything it shows).
const BACKLOG: usize = 256;

#[derive(Debug)]
pub(crate) struct Changes(broadcast::Sender<Uuid>);

impl Default for Changes {
    fn default() -> Self {
        Self(broadcast::channel(BACKLOG).0)
    }
}

impl Changes {
    pub(crate) fn subscribe(&self) -> broadcast::Receiver<Uuid> {
        self.0.subscribe()
    }

    /// The article `id` changed (or is gone). Nobody listening is fine.
    pub(crate) fn article(&self, id: Uuid) {
        let _ = self.0.send(id);
    }
}

#[cfg(test)]
mod tests {
    use tokio::sync::broadcast::error::TryRecvError;

    use crate::testutil::{desk, edit};
    use crate::{TextEdit, TranslationStatus, WorkflowState};

    /// Every write a view makes is announced to the others, with the article's id, once
    /// stored; reading announces nothing, and neither does saving what is stored.
    #[test]
    fn every_write_to_an_article_is_announced_once_stored() {
        let (_dir, desk) = desk();
        let mut heard = desk.subscribe_changes();
        let mut next = || match heard.try_recv() {
            Ok(id) => Some(id),
            Err(TryRecvError::Empty) => None,
            Err(e) => panic!("{e}"),
        };
        let a = desk.create_article().unwrap();
        assert_eq!(next(), Some(a.id), "created");
        let e = edit("Tide tables", "The tide came in early.");
        desk.save_article(a.id, &e).unwrap();
        assert_eq!(next(), Some(a.id), "saved");
        desk.save_article(a.id, &e).unwrap();
        desk.article(a.id).unwrap();
        desk.texts(a.id).unwrap();
        assert_eq!(next(), None, "nothing changed");

        desk.add_translation(a.id, "fr").unwrap();
        assert_eq!(next(), Some(a.id), "translation added");
        let text = TextEdit {
            title: "Tables des marées".into(),
            standfirst: String::new(),
            body: "La marée est montée tôt.".into(),
            slug: String::new(),
            block_sources: None,
        };
        desk.save_translation(a.id, "fr", &text).unwrap();
        assert_eq!(next(), Some(a.id), "translation saved");
        desk.set_translation_status(a.id, "fr", TranslationStatus::Done)
            .unwrap();
        assert_eq!(next(), Some(a.id), "translation done");
        desk.set_workflow_state(a.id, WorkflowState::InReview)
            .unwrap();
        assert_eq!(next(), Some(a.id), "sent to review");
        let first = desk.list_revisions(a.id, "fr").unwrap().last().unwrap().id;
        desk.restore_revision(a.id, "fr", first).unwrap();
        assert_eq!(next(), Some(a.id), "restored");
        desk.delete_article(a.id).unwrap();
        assert_eq!(next(), Some(a.id), "to the bin");
        desk.undelete_article(a.id).unwrap();
        assert_eq!(next(), Some(a.id), "back");
        assert_eq!(next(), None);
    }
}
