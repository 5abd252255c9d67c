/**
 * Who may call what: one row per route of the OpenAPI document, one column per kind of caller, the
 * expected outcome in each cell. `authorisation-matrix.test.ts` calls every cell against real
 * fixtures and fails on a route of the document without a row here, or a row for a route that is gone.
 *
 * The fixtures (decisions 0007, 0008, 0012): a producer group G shown at the LEAD_FIRMS tier, with a
 * capacity line, a member, a certificate with its evidence and a published catalogue item; a
 * verified lead firm F whose public needs N and N2 match G; G's offers on both, the one on N2 awarded
 * (so a linkage); a programme P in which G and F enrolled, whose broker introduced G to F for N and
 * drew up an upgrading plan for G's match.
 *
 * A row's owner is the organisation whose people the route serves — `group` (G), `firm` (F),
 * `programme` (P, its manager) — or `self` (the caller's own things), `public` (anyone, signed in or
 * not), `platform` (platform admins only: programmes and the standards registry are set up by them).
 * The callers, relative to that owner:
 *   anonymous    no session
 *   sameKind     the manager of another organisation of the owner's kind (a group G2 that does not
 *                match N; a lead firm F2, verified, so it sees the LEAD_FIRMS tier)
 *   otherKind    the manager of the other kind's outsider (F2 on a group's route, G2 on a firm's)
 *   owner        the owner organisation's manager
 *   counterpart  the other party of the deal: F's buyer on G's routes, G's coordinator on F's
 *   broker       staff of P, in which G and F enrolled (their consent to its brokers' full view)
 *   otherBroker  staff of another programme, in which nobody here enrolled
 * On a programme's rows, sameKind is the other programme's staff, otherKind G2's coordinator and
 * counterpart G's coordinator (the group the programme works for); on `self` and `public` rows the
 * owner column is G's coordinator acting for themself. The table's columns are abbreviated: anon,
 * same, othr, ownr, cpty, brkr, obrk.
 *
 * Outcomes: `ok` a 2xx; `401` sign in first; `403` signed in but not allowed, where the caller may
 * know the resource exists; `404` the caller may not know it exists (visibility rules, decision
 * 0007), so the answer is the same as for an id that does not exist; `rule` allowed, but the
 * resource's state may refuse it (a 409 or 422 that is not about who asks); `-` no such caller for
 * this route.
 */
export const CALLERS = [
  'anonymous',
  'sameKind',
  'otherKind',
  'owner',
  'counterpart',
  'broker',
  'otherBroker',
] as const;
export type Caller = (typeof CALLERS)[number];

export type Outcome = 'ok' | '401' | '403' | '404' | 'rule' | '-';
export type Owner = 'group' | 'firm' | 'programme' | 'self' | 'public' | 'platform';

export interface Row {
  owner: Owner;
  expected: Record<Caller, Outcome>;
}

const OUTCOMES: readonly string[] = ['ok', '401', '403', '404', 'rule', '-'];

/** A row from its owner and its seven cells, written in the order of CALLERS. */
function row(owner: Owner, cells: string): Row {
  const outcomes = cells.trim().split(/\s+/);
  if (outcomes.length !== CALLERS.length || outcomes.some((o) => !OUTCOMES.includes(o)))
    throw new Error(`A row needs ${CALLERS.length} outcomes out of ${OUTCOMES.join(' ')}: "${cells}"`);
  return {
    owner,
    expected: Object.fromEntries(CALLERS.map((c, i) => [c, outcomes[i]])) as Record<Caller, Outcome>,
  };
}

// prettier-ignore
export const MATRIX: Record<string, Row> = {
  //                                                                      anon same othr ownr cpty brkr obrk
  'GET /health':                                         row('public',   'ok   ok   ok   ok   -    ok   ok'),
  'GET /health/ready':                                   row('public',   'ok   ok   ok   ok   -    ok   ok'),
  'GET /search':                                         row('public',   'ok   ok   ok   ok   -    ok   ok'),
  'GET /products':                                       row('public',   'ok   ok   ok   ok   -    ok   ok'),
  'GET /standards':                                      row('public',   'ok   ok   ok   ok   -    ok   ok'),
  'GET /standards/{code}':                               row('public',   'ok   ok   ok   ok   -    ok   ok'),
  'POST /standards':                                     row('platform', '401  403  403  -    -    403  403'),
  'PATCH /standards/{code}':                             row('platform', '401  403  403  -    -    403  403'),
  'GET /programmes':                                     row('public',   'ok   ok   ok   ok   -    ok   ok'),
  'POST /programmes':                                    row('platform', '401  403  403  -    -    403  403'),

  // Accounts and the caller's own things.
  'POST /auth/sign-up':                                  row('self',     'ok   ok   ok   ok   -    ok   ok'),
  'POST /auth/sign-in':                                  row('self',     'ok   ok   ok   ok   -    ok   ok'),
  'POST /auth/sign-out':                                 row('self',     '401  ok   ok   ok   -    ok   ok'),
  'GET /auth/me':                                        row('self',     '401  ok   ok   ok   -    ok   ok'),
  'PATCH /auth/me':                                      row('self',     '401  ok   ok   ok   -    ok   ok'),
  'GET /organisations/mine':                             row('self',     '401  ok   ok   ok   -    ok   ok'),
  'POST /organisations':                                 row('self',     '401  ok   ok   ok   -    ok   ok'),
  'GET /organisations/lead-firms':                       row('self',     '401  403  403  403  -    ok   ok'),
  'GET /notifications':                                  row('self',     '401  ok   ok   ok   -    ok   ok'),
  'POST /notifications/read-all':                        row('self',     '401  ok   ok   ok   -    ok   ok'),
  'GET /linkages':                                       row('self',     '401  ok   ok   ok   -    ok   ok'),
  'GET /introductions':                                  row('self',     '401  ok   ok   ok   -    ok   ok'),
  'GET /upgrading-plans':                                row('self',     '401  ok   ok   ok   -    ok   ok'),
  'GET /service-providers':                              row('self',     '401  ok   ok   ok   -    ok   ok'),
  'POST /service-providers':                             row('self',     '401  403  403  403  -    ok   ok'),
  'GET /invitations/{token}':                            row('public',   '404  404  404  404  -    404  404'),
  'POST /invitations/accept':                            row('self',     '401  404  404  404  -    404  404'),
  // A notification is its addressee's alone (F's buyer was told of G's offer).
  'POST /notifications/{id}/read':                       row('firm',     '401  404  404  ok   404  404  404'),

  // The producer group's profile and what it records: shown to whoever may see G (LEAD_FIRMS tier:
  // verified buyers and programme staff), changed by its managers only.
  'GET /organisations/{id}':                             row('group',    '404  404  ok   ok   ok   ok   ok'),
  'GET /organisations/{id}/profile':                     row('group',    '404  404  ok   ok   ok   ok   ok'),
  'PATCH /organisations/{id}/profile':                   row('group',    '401  404  403  ok   403  403  403'),
  'GET /organisations/{id}/members':                     row('group',    '401  404  403  ok   403  403  403'),
  'GET /organisations/{id}/capacity-entries':            row('group',    '404  404  ok   ok   ok   ok   ok'),
  'POST /organisations/{id}/capacity-entries':           row('group',    '401  404  403  ok   403  403  403'),
  'PATCH /organisations/{id}/capacity-entries/{itemId}': row('group',    '401  404  403  ok   403  403  403'),
  'GET /organisations/{id}/group-members':               row('group',    '404  404  ok   ok   ok   ok   ok'),
  'POST /organisations/{id}/group-members':              row('group',    '401  404  403  ok   403  403  403'),
  'POST /organisations/{id}/group-members/import':       row('group',    '401  404  403  ok   403  403  403'),
  'PATCH /organisations/{id}/group-members/{itemId}':    row('group',    '401  404  403  ok   403  403  403'),
  'GET /organisations/{id}/certifications':              row('group',    '404  404  ok   ok   ok   ok   ok'),
  'POST /organisations/{id}/certifications':             row('group',    '401  404  403  ok   403  403  403'),
  'PATCH /certifications/{id}':                          row('group',    '401  404  403  ok   403  403  403'),
  'POST /certifications/{id}/evidence':                  row('group',    '401  404  403  ok   403  403  403'),
  'GET /certifications/{id}/evidence':                   row('group',    '404  404  ok   ok   ok   ok   ok'),
  // Marking a certificate broker-verified is for the brokers of a programme the group enrolled in
  // (decision 0015); its own managers may only declare it (the body asks for BROKER_VERIFIED).
  'PUT /certifications/{id}/verification':               row('group',    '401  403  403  403  403  ok   403'),
  'GET /organisations/{id}/catalogue':                   row('group',    '404  404  ok   ok   ok   ok   ok'),
  'POST /organisations/{id}/catalogue':                  row('group',    '401  404  403  ok   403  403  403'),
  'GET /catalogue-items/{id}':                           row('group',    '404  404  ok   ok   ok   ok   ok'),
  'PATCH /catalogue-items/{id}':                         row('group',    '401  404  403  ok   403  403  403'),
  'PUT /catalogue-items/{id}/published':                 row('group',    '401  404  403  ok   403  403  403'),
  'GET /organisations/{id}/invitations':                 row('group',    '401  404  403  ok   403  403  403'),
  'POST /organisations/{id}/invitations':                row('group',    '401  404  403  ok   403  403  403'),
  'GET /organisations/{id}/enrolments':                  row('group',    '401  404  403  ok   403  403  403'),
  // Its deals: the needs it matched, its offers and its capacity ledger are its own people's business
  // (a broker's full view covers its profile, members, certificates and linkages, decision 0012).
  // `confirm` is a partner's answer to a joint offer: O has no partners, so there is none to confirm.
  'GET /organisations/{id}/matched-needs':               row('group',    '401  404  403  ok   403  403  403'),
  'GET /organisations/{id}/offers':                      row('group',    '401  404  403  ok   403  403  403'),
  'GET /organisations/{id}/ledger':                      row('group',    '401  404  403  ok   403  403  403'),
  'POST /needs/{id}/offers':                             row('group',    '401  404  403  ok   403  403  403'),
  'POST /needs/{id}/declines':                           row('group',    '401  404  403  rule 403  403  403'),
  'POST /offers/{id}/attachments':                       row('group',    '401  404  403  ok   403  403  403'),
  'POST /offers/{id}/confirm':                           row('group',    '401  404  403  404  403  403  403'),
  'GET /offers/{id}/attachments/{attachmentId}':         row('group',    '401  404  404  ok   ok   404  404'),
  'GET /needs/{id}/offer-lines':                         row('group',    '401  404  403  ok   403  403  403'),
  'POST /introductions/{id}/consent':                    row('group',    '401  404  404  ok   403  403  404'),

  // The lead firm, its needs and what they found: its own staff, and the brokers who may read the
  // need (canBrokerReadNeed: N is public, so every programme's staff); a matched group reads the need.
  'GET /organisations/{id}/needs':                       row('firm',     '401  403  403  ok   403  ok   403'),
  'POST /organisations/{id}/needs':                      row('firm',     '401  403  403  ok   403  403  403'),
  'GET /needs/{id}/open':                                row('firm',     'ok   ok   ok   ok   ok   ok   ok'),
  'GET /needs/{id}':                                     row('firm',     '401  404  404  ok   404  ok   ok'),
  'PATCH /needs/{id}':                                   row('firm',     '401  404  404  ok   404  404  404'),
  'POST /needs/{id}/status':                             row('firm',     '401  404  404  ok   404  404  404'),
  'GET /needs/{id}/matches':                             row('firm',     '401  404  404  ok   404  ok   ok'),
  'GET /needs/{id}/exclusions':                          row('firm',     '401  404  404  ok   404  ok   ok'),
  'GET /needs/{id}/coalitions':                          row('firm',     '401  404  404  ok   404  ok   ok'),
  'POST /needs/{id}/matches/{matchId}/status':           row('firm',     '401  404  404  ok   404  404  404'),
  'POST /needs/{id}/invitations':                        row('firm',     '401  404  404  ok   404  404  404'),
  'GET /needs/{id}/offers':                              row('firm',     '401  404  404  ok   404  404  404'),
  'GET /needs/{id}/messages':                            row('firm',     '401  404  404  ok   ok   404  404'),
  'POST /needs/{id}/messages':                           row('firm',     '401  404  404  ok   ok   404  404'),
  'GET /awards/{id}/confirmation':                       row('firm',     '401  404  404  ok   ok   404  404'),
  // Linkages: both parties follow theirs; the lead firm moves the pipeline on.
  'GET /linkages/{id}':                                  row('firm',     '401  404  404  ok   ok   ok   404'),
  'POST /linkages/{id}/events':                          row('firm',     '401  404  404  ok   ok   ok   404'),
  'POST /linkages/{id}/orders':                          row('firm',     '401  404  404  ok   ok   ok   404'),
  'POST /linkages/{id}/deliveries':                      row('firm',     '401  404  404  ok   ok   ok   404'),
  'PATCH /linkages/{id}':                                row('firm',     '401  404  404  ok   ok   ok   404'),
  // Introductions: the broker proposes, the lead firm answers, each group consents.
  'POST /needs/{id}/introductions':                      row('programme','401  403  404  ok   404  ok   403'),
  'GET /needs/{id}/introductions':                       row('firm',     '401  404  404  ok   ok   ok   ok'),
  'GET /introductions/{id}':                             row('firm',     '401  404  404  ok   ok   ok   404'),
  'GET /introductions/{id}/meeting.ics':                 row('firm',     '401  404  404  ok   ok   ok   404'),
  'POST /introductions/{id}/answer':                     row('firm',     '401  404  404  ok   403  403  404'),
  'PUT /introductions/{id}/meeting':                     row('programme','401  404  404  ok   ok   ok   404'),
  'POST /introductions/{id}/withdraw':                   row('programme','401  404  404  ok   403  ok   404'),
  // Upgrading plans for a match: the broker draws them up; the group and (while it may see the group)
  // the lead firm read them.
  'POST /upgrading-plans':                               row('programme','401  404  404  ok   ok   ok   404'),
  'GET /upgrading-plans/{id}':                           row('programme','401  404  404  ok   ok   ok   404'),
  'POST /upgrading-plans/{id}/actions':                  row('programme','401  404  404  ok   ok   ok   404'),
  'PATCH /upgrading-plans/{id}/actions/{itemId}':        row('programme','401  404  404  ok   ok   ok   404'),
  'DELETE /upgrading-plans/{id}/actions/{itemId}':       row('programme','401  404  404  ok   ok   ok   404'),
  'GET /service-providers/{id}':                         row('programme','401  ok   ok   ok   ok   ok   ok'),
  'PATCH /service-providers/{id}':                       row('programme','401  403  403  ok   403  ok   403'),

  // The programme: anyone reads what it is; its staff run it; organisations enrol themselves.
  'GET /programmes/{id}':                                row('programme','ok   ok   ok   ok   ok   ok   ok'),
  'PATCH /programmes/{id}':                              row('programme','401  403  403  ok   403  403  403'),
  'GET /programmes/{id}/home':                           row('programme','401  403  403  ok   403  ok   403'),
  'GET /programmes/{id}/verification-queue':             row('programme','401  403  403  ok   403  ok   403'),
  'GET /programmes/{id}/enrolments':                     row('programme','401  403  403  ok   403  ok   403'),
  'POST /programmes/{id}/enrolments':                    row('group',    '401  404  403  rule 403  403  403'),

  // Destructive writes, run last: each on a throw-away resource of its own (see the test), or where
  // none can be had (awarding N, then withdrawing its awarded offer), in this order.
  'DELETE /organisations/{id}/capacity-entries/{itemId}':row('group',    '401  404  403  ok   403  403  403'),
  'DELETE /certifications/{id}':                         row('group',    '401  404  403  ok   403  403  403'),
  'DELETE /catalogue-items/{id}':                        row('group',    '401  404  403  ok   403  403  403'),
  'POST /organisations/{id}/invitations/{itemId}/revoke':row('group',    '401  404  403  ok   403  403  403'),
  'POST /needs/{id}/awards':                             row('firm',     '401  404  404  ok   404  404  404'),
  'POST /offers/{id}/withdraw':                          row('group',    '401  404  403  rule 403  403  403'),
  'POST /awards/{id}/cancel':                            row('firm',     '401  404  404  ok   404  404  404'),
  'DELETE /programmes/{id}/enrolments/{organisationId}': row('group',    '401  403  403  ok   403  403  403'),
  // Lead-firm verification is for platform admins and the brokers of a programme it enrolled in (0008).
  'POST /organisations/{id}/verification':               row('firm',     '401  403  403  403  403  ok   403'),
  'DELETE /organisations/{id}/verification':             row('firm',     '401  403  403  403  403  ok   403'),
};

/**
 * A producer group's reads at each visibility tier (decisions 0007, 0012): the rows above are G at
 * LEAD_FIRMS; here the same reads of a group shown to everyone, and of one shown only to the
 * brokers of the programmes it enrolled in (P). Verified buyers — F's and F2's — see the
 * LEAD_FIRMS tier; programme staff see it too, enrolled or not; BROKERS opens to P's staff only.
 */
export const TIERED_READS = [
  'GET /organisations/{id}',
  'GET /organisations/{id}/profile',
  'GET /organisations/{id}/capacity-entries',
  'GET /organisations/{id}/group-members',
  'GET /organisations/{id}/certifications',
  'GET /organisations/{id}/catalogue',
] as const;

// prettier-ignore
export const TIERS = {
  //                        anon same othr ownr cpty brkr obrk
  PUBLIC:     row('group', 'ok   ok   ok   ok   ok   ok   ok'),
  LEAD_FIRMS: row('group', '404  404  ok   ok   ok   ok   ok'),
  BROKERS:    row('group', '404  404  404  ok   404  ok   404'),
} as const;
