// Workflow states as the interface names them.

import type { WorkflowState } from "../bindings/WorkflowState";

export const STATE_MESSAGES: Record<WorkflowState, string> = {
  draft: "state-draft",
  in_review: "state-in-review",
  ready: "state-ready",
  scheduled: "state-scheduled",
  published: "state-published",
  unpublished: "state-unpublished",
};

export const WORKFLOW_STATES = Object.keys(STATE_MESSAGES) as WorkflowState[];
