// The issues module's server actions, re-exported for the action registry.
export { addIssueComment, watchIssue } from "./definitions/conversation";
export { assignIssue, markDuplicate, setIssuePriority, transitionIssue } from "./definitions/desk";
export { fileIssue, fileIssueViaApi } from "./definitions/filing";
export { confirmResolution, rateIssue, reopenIssue } from "./definitions/reporter";
