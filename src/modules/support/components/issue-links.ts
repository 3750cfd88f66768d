// Links into the issue list (/issues) with its filters: the dashboard's numbers open the issues behind them.
export interface IssueListParams {
  /** The queue; "all" unless given ("breaching": open issues past their warning point). */
  view?: string;
  status?: string;
  module?: string;
  priority?: string;
  department?: string;
  from?: string;
  to?: string;
  sort?: string;
}

export function issuesHref(params: IssueListParams): string {
  const query = new URLSearchParams({ view: params.view ?? "all" });
  for (const [k, v] of Object.entries(params)) if (v && k !== "view") query.set(k, v);
  return `/issues?${query.toString()}`;
}
