/**
 * The portal's one typed client for apps/api. Loaders and actions call these methods; nothing else
 * in the portal talks HTTP to the API. Every call resolves to an ApiResult: either the response body
 * or the API's error body (with `fields` when inputs were invalid), so forms can show errors in place.
 */
import type {
  LinkageDetailView,
  LinkageView,
  RecordDeliveryInput,
  RecordLinkageEventInput,
  RecordOrderInput,
  UpdateLinkageInput,
  ChangeNeedStatusInput,
  UpdateSourcingNeedInput,
  AwardConfirmationView,
  AwardOffersInput,
  AwardResultView,
  CapacityLedgerView,
  ConfirmOfferPartInput,
  NeedMessageView,
  PostNeedMessageInput,
  DeclineNeedInput,
  NeedOffersView,
  OfferLineView,
  OfferView,
  SubmitOfferInput,
  ApiErrorBody,
  CatalogueItemView,
  CertificationView,
  CreateCatalogueItemInput,
  CreateCertificationInput,
  CreateGroupMemberInput,
  GroupMemberView,
  SetVerificationInput,
  UpdateCatalogueItemInput,
  UpdateCertificationInput,
  MemberImportReport,
  NotificationListView,
  NotificationView,
  OrganisationProfileView,
  StandardView,
  UpdateCapacityEntryInput,
  UpdateGroupMemberInput,
  UpdateGroupProfileInput,
  UpdateStandardInput,
  AcceptInvitationInput,
  CapacityEntryView,
  CreateCapacityEntryInput,
  CreateOrganisationInput,
  CreateStandardInput,
  CreateSourcingNeedInput,
  InvitationView,
  InviteMemberInput,
  ChangeMatchStatusInput,
  InviteSuppliersInput,
  MatchedNeedView,
  NeedInvitationsView,
  MatchView,
  MemberView,
  MyOrganisationView,
  NeedCoalitionsView,
  NeedExclusionsView,
  NeedMatchesView,
  OrganisationView,
  SessionView,
  SignInInput,
  SignUpInput,
  SourcingNeedView,
  MeView,
  UpdateMeInput,
  UserView,
  OpenNeedView,
  CreateProgrammeInput,
  BrokerHomeView,
  VerificationQueueView,
  EnrolmentView,
  ProgrammeView,
  CreateServiceProviderInput,
  CreateUpgradingActionInput,
  CreateUpgradingPlanInput,
  ServiceProviderView,
  UpdateServiceProviderInput,
  UpdateUpgradingActionInput,
  UpgradingPlanView,
  AnswerIntroductionInput,
  ConsentToIntroductionInput,
  IntroductionView,
  ProposeIntroductionInput,
  ScheduleMeetingInput,
  ProductSearchView,
} from '@linkage/contracts';
import type { MembershipRole, OrganisationKind } from '@linkage/domain';
import type { SearchResult } from '@linkage/search';
import type { Locale } from './i18n';

export type ApiResult<T> =
  { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiErrorBody };

/** What anyone holding an invitation link may see of it (no sign-in needed). */
export interface InvitationPreview {
  organisationName: string;
  organisationKind: OrganisationKind;
  email: string;
  role: MembershipRole;
  status: InvitationView['status'];
}

export function apiBaseUrl(): string {
  return (process.env.API_URL ?? 'http://127.0.0.1:3001').replace(/\/+$/, '');
}

const TIMEOUT_MS = 15_000;

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value && 'statusCode' in value;
}

/** Turns any non-2xx response into an ApiErrorBody, even when the body is not one. */
function toErrorBody(status: number, body: unknown, statusText: string): ApiErrorBody {
  if (isErrorBody(body)) {
    const message = Array.isArray(body.message) ? body.message.join('; ') : String(body.message);
    return { ...body, message };
  }
  return { statusCode: status, error: statusText || 'Error', message: `The service answered ${status}` };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * A request body: JSON (any value), a multipart FormData, or a raw stream with its content type
 * (the evidence upload streams a browser's file straight through).
 */
export type RequestBody =
  { json: unknown } | { form: FormData } | { stream: ReadableStream<Uint8Array>; contentType: string };

export async function apiRequest<T>(
  method: Method,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    raw?: RequestBody;
    visitor?: string | null;
    locale?: Locale;
  } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // The API writes domain messages (explanations, gaps, reasons) in the reader's language.
  if (options.locale) headers['accept-language'] = options.locale;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  // The API counts anonymous requests per address: the visitor's, not the portal's.
  if (options.visitor) headers['x-forwarded-for'] = options.visitor;
  const raw: RequestBody | undefined =
    options.raw ?? (options.body === undefined ? undefined : { json: options.body });
  let body: BodyInit | undefined;
  if (raw && 'json' in raw) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(raw.json);
  } else if (raw && 'form' in raw) {
    body = raw.form; // fetch sets the multipart boundary itself
  } else if (raw && 'stream' in raw) {
    headers['content-type'] = raw.contentType;
    body = raw.stream;
  }
  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl()}${path}`, {
      method,
      headers,
      body,
      signal: AbortSignal.timeout(raw && 'stream' in raw ? 120_000 : TIMEOUT_MS),
      // A streamed body is sent as it arrives (Node's fetch requires saying so).
      ...(raw && 'stream' in raw ? { duplex: 'half' } : {}),
    } as RequestInit);
  } catch (cause) {
    console.error(`API ${method} ${path} failed`, cause);
    return {
      ok: false,
      status: 503,
      error: {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'The exchange is not reachable right now. Please try again in a moment.',
      },
    };
  }
  const text = await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  if (response.ok) return { ok: true, status: response.status, data: parsed as T };
  return {
    ok: false,
    status: response.status,
    error: toErrorBody(response.status, parsed, response.statusText),
  };
}

const enc = encodeURIComponent;

/** A search result as the API sends it: each hit's product codes named in the reader's language. */
export type NamedSearchResult = Omit<SearchResult, 'hits'> & {
  hits: Array<SearchResult['hits'][number] & { document: { productNames?: string[] } }>;
};

/** Calls that need no session, answered in the visitor's language. */
export function publicApi(locale: Locale) {
  return {
    signUp: (input: SignUpInput, visitor: string | null) =>
      apiRequest<SessionView>('POST', '/auth/sign-up', { body: input, visitor, locale }),
    signIn: (input: SignInInput, visitor: string | null) =>
      apiRequest<SessionView>('POST', '/auth/sign-in', { body: input, visitor, locale }),
    getInvitation: (token: string) =>
      apiRequest<InvitationPreview>('GET', `/invitations/${enc(token)}`, { locale }),
    /** Open to everyone; with a session token the API shows what that person's tier may see. */
    search: (params: URLSearchParams, token?: string) =>
      apiRequest<NamedSearchResult>('GET', `/search?${params.toString()}`, { token, locale }),
    /** A profile as the visitor's tier sees it (404 when the tier does not admit them). */
    getProfile: (id: string, token?: string) =>
      apiRequest<OrganisationProfileView>('GET', `/organisations/${enc(id)}/profile`, { token, locale }),
    /** The standards registry, open to everyone. */
    listStandards: () => apiRequest<StandardView[]>('GET', '/standards', { locale }),
    /** The product picker's suggestions: products by name in any language, or by code. */
    searchProducts: (params: { q: string; level?: '6'; locale: Locale }) =>
      apiRequest<ProductSearchView>('GET', `/products?${new URLSearchParams(params).toString()}`, { locale }),
    /** A need as search shows it (404 when the visitor may not find it). */
    getOpenNeed: (id: string, token?: string) =>
      apiRequest<OpenNeedView>('GET', `/needs/${enc(id)}/open`, { token, locale }),
  };
}

/** Calls made on behalf of a signed-in person, answered in their language (`locale`). */
export function userApi(token: string, locale?: Locale) {
  const get = <T>(path: string) => apiRequest<T>('GET', path, { token, locale });
  const post = <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { token, body, locale });
  const patch = <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { token, body, locale });
  const put = <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { token, body, locale });
  const org = (id: string) => `/organisations/${enc(id)}`;
  return {
    signOut: () => post<void>('/auth/sign-out'),
    me: () => get<MeView>('/auth/me'),
    /** Saves the person's language (the current-user endpoint of issue 18). */
    saveLocale: (value: Locale) => patch<UserView>('/auth/me', { locale: value } satisfies UpdateMeInput),
    createOrganisation: (input: CreateOrganisationInput) => post<MyOrganisationView>('/organisations', input),
    getOrganisation: (id: string) => get<OrganisationView>(`/organisations/${enc(id)}`),
    listMembers: (id: string) => get<MemberView[]>(`/organisations/${enc(id)}/members`),
    inviteMember: (id: string, input: InviteMemberInput) =>
      post<InvitationView>(`/organisations/${enc(id)}/invitations`, input),
    listInvitations: (id: string) => get<InvitationView[]>(`/organisations/${enc(id)}/invitations`),
    revokeInvitation: (id: string, invitationId: string) =>
      post<InvitationView>(`/organisations/${enc(id)}/invitations/${enc(invitationId)}/revoke`, {}),
    acceptInvitation: (input: AcceptInvitationInput) =>
      post<MyOrganisationView>('/invitations/accept', input),
    createCapacityEntry: (id: string, input: CreateCapacityEntryInput) =>
      post<CapacityEntryView>(`/organisations/${enc(id)}/capacity-entries`, input),
    listCapacityEntries: (id: string) =>
      get<CapacityEntryView[]>(`/organisations/${enc(id)}/capacity-entries`),
    createNeed: (id: string, input: CreateSourcingNeedInput) =>
      post<SourcingNeedView>(`/organisations/${enc(id)}/needs`, input),
    listNeeds: (id: string) => get<SourcingNeedView[]>(`/organisations/${enc(id)}/needs`),
    getNeed: (id: string) => get<SourcingNeedView>(`/needs/${enc(id)}`),
    updateNeed: (id: string, input: UpdateSourcingNeedInput) =>
      patch<SourcingNeedView>(`/needs/${enc(id)}`, input),
    /** The status machine's moves (`canTransitionNeed`); AWARDED comes only from awarding offers. */
    changeNeedStatus: (id: string, input: ChangeNeedStatusInput) =>
      post<SourcingNeedView>(`/needs/${enc(id)}/status`, input),
    getNeedMatches: (id: string, page = 1) =>
      get<NeedMatchesView>(`/needs/${enc(id)}/matches?page=${page}&perPage=50`),
    getNeedCoalitions: (id: string) => get<NeedCoalitionsView>(`/needs/${enc(id)}/coalitions`),
    getNeedExclusions: (id: string) =>
      get<NeedExclusionsView>(`/needs/${enc(id)}/exclusions?page=1&perPage=50`),
    changeMatchStatus: (needId: string, matchId: string, input: ChangeMatchStatusInput) =>
      post<MatchView>(`/needs/${enc(needId)}/matches/${enc(matchId)}/status`, input),
    /** Invites ranked suppliers, or a coalition proposal's members, to offer (INVITED survives re-matching). */
    inviteSuppliers: (needId: string, input: InviteSuppliersInput) =>
      post<NeedInvitationsView>(`/needs/${enc(needId)}/invitations`, input),
    listMatchedNeeds: (orgId: string) => get<MatchedNeedView[]>(`${org(orgId)}/matched-needs`),

    // From match to deal (issue 14)
    submitOffer: (needId: string, input: SubmitOfferInput) =>
      post<OfferView>(`/needs/${enc(needId)}/offers`, input),
    declineNeed: (needId: string, input: DeclineNeedInput) =>
      post<unknown>(`/needs/${enc(needId)}/declines`, input),
    /** The lead firm's side-by-side view; only a count while offers are sealed. */
    getNeedOffers: (needId: string) => get<NeedOffersView>(`/needs/${enc(needId)}/offers`),
    awardOffers: (needId: string, input: AwardOffersInput) =>
      post<AwardResultView>(`/needs/${enc(needId)}/awards`, input),
    confirmOfferPart: (offerId: string, input: ConfirmOfferPartInput) =>
      post<OfferView>(`/offers/${enc(offerId)}/confirm`, input),
    listNeedMessages: (needId: string, supplierId?: string) =>
      get<NeedMessageView[]>(
        `/needs/${enc(needId)}/messages${supplierId ? `?supplierId=${enc(supplierId)}` : ''}`,
      ),
    postNeedMessage: (needId: string, input: PostNeedMessageInput) =>
      post<NeedMessageView>(`/needs/${enc(needId)}/messages`, input),
    withdrawOffer: (offerId: string) => post<OfferView>(`/offers/${enc(offerId)}/withdraw`),
    cancelAward: (awardId: string) => post<unknown>(`/awards/${enc(awardId)}/cancel`),
    getAwardConfirmation: (awardId: string) =>
      get<AwardConfirmationView>(`/awards/${enc(awardId)}/confirmation`),
    /** Streams an attachment (already framed as multipart with field `file`) to the API. */
    uploadOfferAttachment: (offerId: string, stream: ReadableStream<Uint8Array>, contentType: string) =>
      apiRequest<OfferView>('POST', `/offers/${enc(offerId)}/attachments`, {
        token,
        raw: { stream, contentType },
      }),
    listOfferLines: (needId: string, supplierId: string) =>
      get<OfferLineView[]>(`/needs/${enc(needId)}/offer-lines?supplierId=${enc(supplierId)}`),
    listLinkages: () => get<LinkageView[]>('/linkages'),
    getLinkage: (id: string) => get<LinkageDetailView>(`/linkages/${enc(id)}`),
    recordLinkageEvent: (id: string, input: RecordLinkageEventInput) =>
      post<LinkageDetailView>(`/linkages/${enc(id)}/events`, input),
    recordOrder: (id: string, input: RecordOrderInput) =>
      post<LinkageDetailView>(`/linkages/${enc(id)}/orders`, input),
    recordDelivery: (id: string, input: RecordDeliveryInput) =>
      post<LinkageDetailView>(`/linkages/${enc(id)}/deliveries`, input),
    updateLinkage: (id: string, input: UpdateLinkageInput) =>
      patch<LinkageDetailView>(`/linkages/${enc(id)}`, input),
    listGroupOffers: (orgId: string) => get<OfferView[]>(`${org(orgId)}/offers`),
    getLedger: (orgId: string) => get<CapacityLedgerView>(`${org(orgId)}/ledger`),
    // Upgrading plans and the service-provider directory (decision 0014)
    createUpgradingPlan: (input: CreateUpgradingPlanInput) =>
      post<UpgradingPlanView>('/upgrading-plans', input),
    getUpgradingPlan: (id: string) => get<UpgradingPlanView>(`/upgrading-plans/${enc(id)}`),
    listUpgradingPlans: (query: { needId?: string; supplierId?: string; linkageId?: string }) =>
      get<UpgradingPlanView[]>(`/upgrading-plans?${new URLSearchParams(query)}`),
    addUpgradingAction: (planId: string, input: CreateUpgradingActionInput) =>
      post<UpgradingPlanView>(`/upgrading-plans/${enc(planId)}/actions`, input),
    updateUpgradingAction: (planId: string, actionId: string, input: UpdateUpgradingActionInput) =>
      patch<UpgradingPlanView>(`/upgrading-plans/${enc(planId)}/actions/${enc(actionId)}`, input),
    deleteUpgradingAction: (planId: string, actionId: string) =>
      apiRequest<UpgradingPlanView>('DELETE', `/upgrading-plans/${enc(planId)}/actions/${enc(actionId)}`, {
        token,
        locale,
      }),
    listServiceProviders: (query: { service?: string; country?: string } = {}) =>
      get<ServiceProviderView[]>(
        `/service-providers?${new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][])}`,
      ),
    createServiceProvider: (input: CreateServiceProviderInput) =>
      post<ServiceProviderView>('/service-providers', input),
    updateServiceProvider: (id: string, input: UpdateServiceProviderInput) =>
      patch<ServiceProviderView>(`/service-providers/${enc(id)}`, input),

    // Producer groups (issue 4)
    getProfile: (id: string) => get<OrganisationProfileView>(`${org(id)}/profile`),
    updateProfile: (id: string, input: UpdateGroupProfileInput) =>
      patch<OrganisationProfileView>(`${org(id)}/profile`, input),
    listGroupMembers: (id: string) => get<GroupMemberView[]>(`${org(id)}/group-members`),
    addGroupMember: (id: string, input: CreateGroupMemberInput) =>
      post<GroupMemberView>(`${org(id)}/group-members`, input),
    updateGroupMember: (id: string, memberId: string, input: UpdateGroupMemberInput) =>
      patch<GroupMemberView>(`${org(id)}/group-members/${enc(memberId)}`, input),
    /** The CSV goes up as multipart field `file`; a dry run writes nothing and reports every row. */
    importGroupMembers: (id: string, csv: Blob, fileName: string, dryRun: boolean) => {
      const form = new FormData();
      form.append('file', csv, fileName);
      return apiRequest<MemberImportReport>('POST', `${org(id)}/group-members/import?dryRun=${dryRun}`, {
        token,
        raw: { form },
      });
    },
    updateCapacityEntry: (id: string, entryId: string, input: UpdateCapacityEntryInput) =>
      patch<CapacityEntryView>(`${org(id)}/capacity-entries/${enc(entryId)}`, input),
    deleteCapacityEntry: (id: string, entryId: string, version: number) =>
      apiRequest<void>('DELETE', `${org(id)}/capacity-entries/${enc(entryId)}?version=${version}`, {
        token,
        locale,
      }),
    listStandards: publicApi(locale ?? 'en').listStandards,
    /** Platform administrators only (403 for anyone else); a taken code is a 409 with `fields.code`. */
    createStandard: (input: CreateStandardInput) => post<StandardView>('/standards', input),
    updateStandard: (code: string, input: UpdateStandardInput) =>
      patch<StandardView>(`/standards/${enc(code)}`, input),
    listCertifications: (id: string) => get<CertificationView[]>(`${org(id)}/certifications`),
    createCertification: (id: string, input: CreateCertificationInput) =>
      post<CertificationView>(`${org(id)}/certifications`, input),
    /** Streams an evidence file (already framed as multipart with field `file`) to the API. */
    uploadEvidence: (certificationId: string, stream: ReadableStream<Uint8Array>, contentType: string) =>
      apiRequest<CertificationView>('POST', `/certifications/${enc(certificationId)}/evidence`, {
        token,
        raw: { stream, contentType },
      }),
    /** Changing number, body, product scope or dates of a broker-verified certificate drops it to self-declared. */
    updateCertification: (certificationId: string, input: UpdateCertificationInput) =>
      patch<CertificationView>(`/certifications/${enc(certificationId)}`, input),
    deleteCertification: (certificationId: string) =>
      apiRequest<void>('DELETE', `/certifications/${enc(certificationId)}`, { token, locale }),
    /** Brokers may set any level; the organisation's managers all but BROKER_VERIFIED (403). */
    /** BROKER_VERIFIED needs the checklist; the API refuses (422) naming each missing item or fact. */
    setCertificationVerification: (certificationId: string, input: SetVerificationInput) =>
      put<CertificationView>(`/certifications/${enc(certificationId)}/verification`, input),
    /** Brokers and platform admins (decision 0008): lead firms, waiting for verification first. */
    listLeadFirms: () => get<OrganisationView[]>('/organisations/lead-firms'),
    setLeadFirmVerified: (id: string, verified: boolean) =>
      apiRequest<OrganisationView>(verified ? 'POST' : 'DELETE', `${org(id)}/verification`, {
        token,
        locale,
      }),
    listCatalogue: (id: string) => get<CatalogueItemView[]>(`${org(id)}/catalogue`),
    createCatalogueItem: (id: string, input: CreateCatalogueItemInput) =>
      post<CatalogueItemView>(`${org(id)}/catalogue`, input),
    publishCatalogueItem: (itemId: string, published: boolean) =>
      put<CatalogueItemView>(`/catalogue-items/${enc(itemId)}/published`, { published }),
    updateCatalogueItem: (itemId: string, input: UpdateCatalogueItemInput) =>
      patch<CatalogueItemView>(`/catalogue-items/${enc(itemId)}`, input),
    deleteCatalogueItem: (itemId: string) =>
      apiRequest<void>('DELETE', `/catalogue-items/${enc(itemId)}`, { token, locale }),
    notifications: (unreadOnly = false) => get<NotificationListView>(`/notifications?unread=${unreadOnly}`),
    markNotificationRead: (id: string) => post<NotificationView>(`/notifications/${enc(id)}/read`),
    markAllNotificationsRead: () => post<{ marked: number }>('/notifications/read-all'),
    listProgrammes: () => get<ProgrammeView[]>('/programmes'),
    /** Platform admins only (403 otherwise); the admin becomes the programme's first owner. */
    createProgramme: (input: CreateProgrammeInput) => post<ProgrammeView>('/programmes', input),
    /** The programme's staff only (403 otherwise): needs in scope, enrolled groups, linkages, tasks. */
    getProgrammeHome: (id: string) => get<BrokerHomeView>(`/programmes/${enc(id)}/home`),
    /** The programme's staff and admins only: enrolled organisations' certificates awaiting verification. */
    getVerificationQueue: (id: string) =>
      get<VerificationQueueView>(`/programmes/${enc(id)}/verification-queue`),
    /** The organisation's managers give their consent to the programme's brokers' full view. */
    enrol: (programmeId: string, organisationId: string) =>
      post<EnrolmentView>(`/programmes/${enc(programmeId)}/enrolments`, { organisationId }),
    withdrawEnrolment: (programmeId: string, organisationId: string) =>
      apiRequest<void>('DELETE', `/programmes/${enc(programmeId)}/enrolments/${enc(organisationId)}`, {
        token,
        locale,
      }),
    enrolmentsOf: (organisationId: string) => get<EnrolmentView[]>(`${org(organisationId)}/enrolments`),
    // Introductions (decision 0013)
    listIntroductions: () => get<IntroductionView[]>('/introductions'),
    listNeedIntroductions: (needId: string) => get<IntroductionView[]>(`/needs/${enc(needId)}/introductions`),
    getIntroduction: (id: string) => get<IntroductionView>(`/introductions/${enc(id)}`),
    proposeIntroduction: (needId: string, input: ProposeIntroductionInput) =>
      post<IntroductionView>(`/needs/${enc(needId)}/introductions`, input),
    answerIntroduction: (id: string, input: AnswerIntroductionInput) =>
      post<IntroductionView>(`/introductions/${enc(id)}/answer`, input),
    consentToIntroduction: (id: string, input: ConsentToIntroductionInput) =>
      post<IntroductionView>(`/introductions/${enc(id)}/consent`, input),
    withdrawIntroduction: (id: string) => post<IntroductionView>(`/introductions/${enc(id)}/withdraw`),
    scheduleMeeting: (id: string, input: ScheduleMeetingInput) =>
      put<IntroductionView>(`/introductions/${enc(id)}/meeting`, input),
  };
}
export type UserApi = ReturnType<typeof userApi>;

/** The visitor's address as server.js sets it (it overwrites whatever the visitor sent). */
export const visitorAddress = (request: Request) => request.headers.get('x-forwarded-for');
