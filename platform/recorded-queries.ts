/**
 * Root query fields whose every call is recorded (a share's openings, which the learner sees): a router must
 * send each call of these on by itself. Any other query asks without changing anything, so the gateway lets
 * identical queries in flight at once (same subgraph, same text and variables, same caller's token) share one
 * subgraph answer, as Hive Gateway does; these never do.
 */
export const RECORDED_QUERY_FIELDS: ReadonlySet<string> = new Set(['sharedCredentials', 'verifyShare']);
