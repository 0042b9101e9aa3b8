//! Moving an article through the workflow. A writer moves draft <-> in_review. An
//! editor (the desk's token for its default site has the editor role) also moves an
//! article to ready and back. Scheduled, published and unpublished are never chosen by
//! hand: they are what a site confirmed (the outbox sets them). Every move is recorded
//! as a "workflow" revision of the source text.

use rusqlite::{TransactionBehavior, params};
use uuid::Uuid;

use crate::Desk;
use crate::WorkflowState;
use crate::clock::stamp;
use crate::content::articles::{self, ArticleSummary};
use crate::content::history::{self, RevisionKind};
use crate::error::{DeskError, Result};

impl Desk {
    /// Moves an article to `state` if a writer may (code `forbidden` otherwise; `conflict`
    /// for a deleted article). Asking for the state it is in changes nothing.
    pub fn set_workflow_state(&self, id: Uuid, state: WorkflowState) -> Result<ArticleSummary> {
        let now = stamp(self.clock.now());
        // Read before the write lock is taken: the lock is not re-entrant.
        let editor = self
            .cached_site_info()?
            .is_some_and(|s| s.role.may_publish());
        let mut db = self.db();
        let tx = db.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current = articles::summary(&tx, id)?;
        let deleted: bool = tx.query_row(
            "SELECT deleted_at IS NOT NULL FROM articles WHERE id = ?1",
            [id.to_string()],
            |r| r.get(0),
        )?;
        if deleted {
            return Err(DeskError::conflict(
                "the article is in the bin; restore it before changing its state",
            ));
        }
        if current.state == state {
            return Ok(current);
        }
        let allowed =
            current.state.writer_may(state) || (editor && current.state.editor_may(state));
        if !allowed {
            return Err(DeskError::forbidden(if editor {
                format!(
                    "{} to {} is not a move made by hand: scheduled, published and unpublished \
                     are what the site confirms when the outbox sends the article",
                    current.state.as_str(),
                    state.as_str()
                )
            } else {
                format!(
                    "a writer may move an article only between draft and in review; from {} \
                     to {} is an editor's decision",
                    current.state.as_str(),
                    state.as_str()
                )
            }));
        }
        tx.execute(
            "UPDATE articles SET state = ?2 WHERE id = ?1",
            params![id.to_string(), state.as_str()],
        )?;
        articles::touch(&tx, id, &now)?;
        history::snapshot(
            &tx,
            id,
            &current.source_locale,
            RevisionKind::Workflow,
            Some(state.as_str()),
            &now,
        )?;
        let summary = articles::summary(&tx, id)?;
        tx.commit()?;
        self.changes.article(id);
        Ok(summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DeskErrorCode;
    use crate::testutil::{desk, edit};
    use WorkflowState::*;

    const ALL: [WorkflowState; 6] = [Draft, InReview, Ready, Scheduled, Published, Unpublished];

    #[test]
    fn the_writer_s_move_is_the_one_the_rule_allows() {
        for from in ALL {
            let allowed: Vec<WorkflowState> =
                ALL.into_iter().filter(|to| from.writer_may(*to)).collect();
            assert_eq!(
                from.writer_move().into_iter().collect::<Vec<_>>(),
                allowed,
                "{from:?}"
            );
        }
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        assert_eq!(desk.article(a.id).unwrap().writer_move, Some(InReview));
        let moved = desk.set_workflow_state(a.id, InReview).unwrap();
        assert_eq!(moved.writer_move, Some(Draft), "the summary carries it too");
    }

    #[test]
    fn writers_move_between_draft_and_review_only() {
        let all = [Draft, InReview, Ready, Scheduled, Published, Unpublished];
        for from in all {
            for to in all {
                let expected = matches!((from, to), (Draft, InReview) | (InReview, Draft));
                assert_eq!(from.writer_may(to), expected, "{from:?} -> {to:?}");
            }
        }
    }

    #[test]
    fn editors_move_among_draft_review_and_ready_and_never_to_a_site_state() {
        assert!(InReview.editor_may(Ready));
        assert!(Ready.editor_may(InReview));
        assert!(Draft.editor_may(Ready));
        assert!(Unpublished.editor_may(Draft));
        for to in [Scheduled, Published, Unpublished] {
            for from in [Draft, InReview, Ready, Scheduled, Published, Unpublished] {
                assert!(!from.editor_may(to), "{from:?} -> {to:?}");
            }
        }
    }

    #[test]
    fn each_move_is_a_workflow_revision() {
        let (_dir, desk) = desk();
        let a = desk.create_article().unwrap();
        desk.save_article(a.id, &edit("T", "ready for a look"))
            .unwrap();
        let s = desk.set_workflow_state(a.id, InReview).unwrap();
        assert_eq!(s.state, InReview);
        // Asking again is not a move.
        desk.set_workflow_state(a.id, InReview).unwrap();
        desk.set_workflow_state(a.id, Draft).unwrap();
        let revs = desk.list_revisions(a.id, "en-US").unwrap();
        let workflow: Vec<_> = revs
            .iter()
            .filter(|r| r.kind == RevisionKind::Workflow)
            .map(|r| r.label.clone().unwrap())
            .collect();
        assert_eq!(workflow, vec!["draft", "in_review"]);

        let err = desk.set_workflow_state(a.id, Published).unwrap_err();
        assert_eq!(err.code, DeskErrorCode::Forbidden);
        assert_eq!(desk.article(a.id).unwrap().state, Draft);

        desk.delete_article(a.id).unwrap();
        let err = desk.set_workflow_state(a.id, InReview).unwrap_err();
        assert_eq!(err.code, DeskErrorCode::Conflict);
    }
}
