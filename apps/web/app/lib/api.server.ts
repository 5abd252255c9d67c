/**
 * The portal's one typed client for apps/api. Loaders and actions call these methods; nothing else
 * in the portal talks HTTP to the API. Every call resolves to an ApiResult: either the response body
 * or the API's error body (with `fields` when inputs were invalid), so forms can show errors in place.
 */
import type {
  ApiErrorBody,
  AcceptInvitationInput,
  CapacityEntryView,
  CreateCapacityEntryInput,
  CreateOrganisationInput,
  CreateSourcingNeedInput,
  InvitationView,
  InviteMemberInput,
  MemberView,
  MyOrganisationView,
  NeedMatchesView,
  OrganisationView,
  SessionView,
  SignInInput,
  SignUpInput,
  SourcingNeedView,
  UserView,
} from '@linkage/contracts';
import type { MembershipRole, OrganisationKind } from '@linkage/domain';
import type { SearchResult } from '@linkage/search';

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiErrorBody };

export interface MeView {
  user: UserView;
  organisations: MyOrganisationView[];
}

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

export async function apiRequest<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${apiBaseUrl()}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
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
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (response.ok) return { ok: true, status: response.status, data: body as T };
  return { ok: false, status: response.status, error: toErrorBody(response.status, body, response.statusText) };
}

const enc = encodeURIComponent;

/** Calls that need no session. */
export const publicApi = {
  signUp: (input: SignUpInput) => apiRequest<SessionView>('POST', '/auth/sign-up', { body: input }),
  signIn: (input: SignInInput) => apiRequest<SessionView>('POST', '/auth/sign-in', { body: input }),
  getInvitation: (token: string) => apiRequest<InvitationPreview>('GET', `/invitations/${enc(token)}`),
  /** Open to everyone; with a session token the API shows what that person's tier may see. */
  search: (params: URLSearchParams, token?: string) =>
    apiRequest<SearchResult>('GET', `/search?${params.toString()}`, { token }),
};

/** Calls made on behalf of a signed-in person. */
export function userApi(token: string) {
  const get = <T>(path: string) => apiRequest<T>('GET', path, { token });
  const post = <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { token, body });
  return {
    signOut: () => post<void>('/auth/sign-out'),
    me: () => get<MeView>('/auth/me'),
    createOrganisation: (input: CreateOrganisationInput) => post<MyOrganisationView>('/organisations', input),
    getOrganisation: (id: string) => get<OrganisationView>(`/organisations/${enc(id)}`),
    listMembers: (id: string) => get<MemberView[]>(`/organisations/${enc(id)}/members`),
    inviteMember: (id: string, input: InviteMemberInput) =>
      post<InvitationView>(`/organisations/${enc(id)}/invitations`, input),
    listInvitations: (id: string) => get<InvitationView[]>(`/organisations/${enc(id)}/invitations`),
    acceptInvitation: (input: AcceptInvitationInput) => post<MyOrganisationView>('/invitations/accept', input),
    createCapacityEntry: (id: string, input: CreateCapacityEntryInput) =>
      post<CapacityEntryView>(`/organisations/${enc(id)}/capacity-entries`, input),
    listCapacityEntries: (id: string) => get<CapacityEntryView[]>(`/organisations/${enc(id)}/capacity-entries`),
    createNeed: (id: string, input: CreateSourcingNeedInput) =>
      post<SourcingNeedView>(`/organisations/${enc(id)}/needs`, input),
    listNeeds: (id: string) => get<SourcingNeedView[]>(`/organisations/${enc(id)}/needs`),
    getNeed: (id: string) => get<SourcingNeedView>(`/needs/${enc(id)}`),
    getNeedMatches: (id: string) => get<NeedMatchesView>(`/needs/${enc(id)}/matches`),
  };
}
export type UserApi = ReturnType<typeof userApi>;
