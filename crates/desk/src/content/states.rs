//! The workflow's states and rules are the newsroom's, in `dateline_protocol`; here is
//! what the desk adds: reading a stored state.

use crate::error::{DeskError, Result};

pub use dateline_protocol::WorkflowState;

/// A state as the store keeps it.
pub(crate) fn parse_state(s: &str) -> Result<WorkflowState> {
    WorkflowState::parse(s).ok_or_else(|| DeskError::storage(format!("unknown state {s:?}")))
}
