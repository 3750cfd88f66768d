export function PlanTransferPanel() { return null; }
