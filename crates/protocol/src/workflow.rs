//! The workflow: where an article is on its way to readers, and who may move it where.
//! The one definition of its rules, used by the desk (which offers the moves) and the
//! site (which refuses a newsroom record that makes a move the pushing role may not).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Where an article is on its way to readers. Writers move draft <-> in_review;
/// editors do the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum WorkflowState {
    Draft,
    InReview,
    Ready,
    Scheduled,
    Published,
    Unpublished,
}

impl WorkflowState {
    pub fn as_str(self) -> &'static str {
        match self {
            WorkflowState::Draft => "draft",
            WorkflowState::InReview => "in_review",
            WorkflowState::Ready => "ready",
            WorkflowState::Scheduled => "scheduled",
            WorkflowState::Published => "published",
            WorkflowState::Unpublished => "unpublished",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "draft" => WorkflowState::Draft,
            "in_review" => WorkflowState::InReview,
            "ready" => WorkflowState::Ready,
            "scheduled" => WorkflowState::Scheduled,
            "published" => WorkflowState::Published,
            "unpublished" => WorkflowState::Unpublished,
            _ => return None,
        })
    }
}

impl WorkflowState {
    /// Whether a writer may move an article from this state to `to`.
    pub fn writer_may(self, to: WorkflowState) -> bool {
        use WorkflowState::{Draft, InReview};
        matches!((self, to), (Draft, InReview) | (InReview, Draft))
    }

    /// The move a writer may make from this state, if any (draft and in review lead to
    /// each other; every other state is the editors' to change).
    pub fn writer_move(self) -> Option<WorkflowState> {
        use WorkflowState::{Draft, InReview};
        let to = match self {
            Draft => InReview,
            InReview => Draft,
            _ => return None,
        };
        debug_assert!(self.writer_may(to));
        Some(to)
    }

    /// Whether an editor may move an article from this state to `to` by hand: among
    /// draft, in review and ready, and an article the site no longer shows back to draft.
    pub fn editor_may(self, to: WorkflowState) -> bool {
        use WorkflowState::{Draft, InReview, Ready, Unpublished};
        let by_hand = |s| matches!(s, Draft | InReview | Ready);
        (by_hand(self) && by_hand(to) && self != to) || (self == Unpublished && to == Draft)
    }
}
