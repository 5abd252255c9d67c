import { standardName } from '@linkage/domain';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData, useNavigation, useSubmit } from '@remix-run/react';
import { Form } from '~/components/form';
import { useEffect, useRef } from 'react';
import { SiteFrame } from '~/components/site-header';
import { EmptyState } from '~/components/ui';
import { publicApi } from '~/lib/api.server';
import { requestLocale } from '~/lib/i18n.server';
import { optionalUser, portalHeaderData } from '~/lib/auth.server';
import { formatCountry, KIND_LABEL, productWithCode } from '~/lib/format';

export const meta: MetaFunction = () => [{ title: 'Search — Linkage Exchange' }];

/** The facets shown as checkboxes, in the order shown; each is also a filter parameter. */
const FACETS = [
  { name: 'country', legend: 'Country' },
  { name: 'kind', legend: 'What' },
  { name: 'standard', legend: 'Standard' },
] as const;
type FacetName = (typeof FACETS)[number]['name'];

const DOCUMENT_KIND_LABEL: Record<string, string> = {
  ...KIND_LABEL,
  CATALOGUE_ITEM: 'Catalogue item',
  SOURCING_NEED: 'Sourcing need',
};

/**
 * Where a hit leads: a need to its own page (what it asks for, anyone who may find it may read it),
 * a catalogue item to its group's joint catalogue, anything else to the public profile.
 */
const hitHref = (d: { id: string; kind: string; organisationId: string }) =>
  d.kind === 'SOURCING_NEED'
    ? `/open-needs/${d.id}`
    : d.kind === 'CATALOGUE_ITEM'
      ? `/groups/${d.organisationId}#p-catalogue`
      : `/groups/${d.organisationId}`;

const facetValueLabel = (facet: FacetName, value: string) =>
  facet === 'country'
    ? formatCountry(value)
    : facet === 'kind'
      ? (DOCUMENT_KIND_LABEL[value] ?? value)
      : facet === 'standard' && standardName(value) !== value
        ? `${standardName(value)} · ${value}`
        : value;

/** Typing pauses this long before the results follow, so each keystroke is not a request. */
const TYPING_DEBOUNCE_MS = 300;

/** The ticked facet values as filter parameters: for the API and for links that keep them. */
function filterParams(selected: Record<FacetName, readonly string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const f of FACETS) for (const value of selected[f.name]) params.append(f.name, value);
  return params;
}

/** Words of a query that finds nothing, tried one by one for the empty state; more are not tried. */
const WORDS_TRIED_ALONE = 4;

/** A word of the query that finds something on its own, with the filters kept, and how much. */
interface WordAlone {
  word: string;
  total: number;
}

/**
 * Every word of a query must match, so "herbes séchées" finds nothing where "herbes" alone finds the
 * dried-herb groups. When a query of several words finds nothing, each word is searched alone (one
 * result, no facets: only the total is wanted) and those that find something are offered instead.
 */
async function wordsThatFindSomething(
  search: ReturnType<typeof publicApi>['search'],
  q: string,
  filters: URLSearchParams,
  token?: string,
): Promise<WordAlone[]> {
  const words = [...new Set(q.split(/\s+/).filter(Boolean))];
  if (words.length < 2) return [];
  const found = await Promise.all(
    words.slice(0, WORDS_TRIED_ALONE).map(async (word) => {
      const params = new URLSearchParams(filters);
      params.set('q', word);
      params.set('perPage', '1');
      const result = await search(params, token);
      return { word, total: result.ok ? result.data.total : 0 };
    }),
  );
  return found.filter((w) => w.total > 0);
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const q = url.searchParams.get('q')?.trim() ?? '';
  const selected = Object.fromEntries(FACETS.map((f) => [f.name, url.searchParams.getAll(f.name)])) as Record<
    FacetName,
    string[]
  >;
  const filters = filterParams(selected);
  const params = new URLSearchParams(filters);
  if (q) params.set('q', q);
  params.set('facets', FACETS.map((f) => f.name).join(','));
  // A signed-in visitor gets the portal's header, and search results as their tier may see them.
  const auth = await optionalUser(request);
  const { search } = publicApi(auth?.locale ?? (await requestLocale(request)));
  const [first, portal] = await Promise.all([
    search(params, auth?.token),
    auth ? portalHeaderData(auth) : null,
  ]);
  // A link may carry a filter the search does not know (an old bookmark, a typed URL): run the search
  // without it and say so, rather than showing the search's own words.
  let result = first;
  const unknown = !first.ok && first.status === 400 ? Object.keys(first.error.fields ?? {}) : [];
  const leftOut = unknown.filter((name) => FACETS.some((f) => f.name === name));
  if (leftOut.length) {
    for (const name of leftOut) {
      params.delete(name);
      selected[name as FacetName] = [];
    }
    result = await search(params, auth?.token);
  }
  return {
    portal,
    q,
    selected,
    leftOut: leftOut.map((name) => FACETS.find((f) => f.name === name)!.legend.toLowerCase()),
    result: result.ok ? result.data : null,
    wordsAlone:
      result.ok && result.data.total === 0
        ? await wordsThatFindSomething(search, q, filterParams(selected), auth?.token)
        : [],
    error: result.ok ? null : searchErrorMessage(result.status),
  };
}

/** What went wrong, in a visitor's words: the search's own messages name parameters, not things to do. */
function searchErrorMessage(status: number): string {
  if (status === 400) return 'This search link is not one we can read. Start again from the search box.';
  return 'Search is not answering just now. Please try again in a moment.';
}

/** Search is open to anyone; signed in, it is part of the portal and wears its header. */
export default function SearchPage() {
  const { portal } = useLoaderData<typeof loader>();
  return (
    <SiteFrame portal={portal}>
      <Search />
    </SiteFrame>
  );
}

function Search() {
  const { q, selected, result, error, wordsAlone, leftOut } = useLoaderData<typeof loader>();
  const submit = useSubmit();
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(typing.current), []);
  // The box is uncontrolled so typing is never interrupted; when the query changes from elsewhere (a
  // suggested word, Back), the box follows, unless it is being typed in.
  useEffect(() => {
    if (inputRef.current && document.activeElement !== inputRef.current) inputRef.current.value = q;
  }, [q]);
  const filtered = FACETS.some((f) => selected[f.name].length > 0);
  // The same search, filters kept, for one word of the query.
  const searchAlone = (word: string) => {
    const params = filterParams(selected);
    params.set('q', word);
    return `?${params.toString()}`;
  };

  // Replacing the history entry keeps Back meaningful: one entry per search, not per keystroke.
  const submitNow = () =>
    formRef.current && submit(formRef.current, { replace: true, preventScrollReset: true });
  const submitSoon = () => {
    clearTimeout(typing.current);
    typing.current = setTimeout(submitNow, TYPING_DEBOUNCE_MS);
  };

  return (
    <div className="container page">
      <div className="page-header">
        <h1>Search</h1>
        <p className="muted">
          Producer groups, their catalogue items, lead firms and open sourcing needs you may see, by product,
          name or place.
        </p>
      </div>
      <Form
        method="get"
        ref={formRef}
        className="search"
        role="search"
        aria-busy={navigation.state === 'loading'}
      >
        <div className="search__box">
          <label htmlFor="search-q" className="visually-hidden">
            Search for
          </label>
          <input
            id="search-q"
            ref={inputRef}
            type="search"
            name="q"
            defaultValue={q}
            placeholder="Argan oil, saffron, Morocco…"
            autoComplete="off"
            onChange={submitSoon}
          />
          <button type="submit" className="button button--primary">
            Search
          </button>
        </div>
        <div className="search__layout">
          <aside className="search__facets" aria-label="Filters">
            {filtered ? (
              <p className="small">
                <Link to={q ? `?${new URLSearchParams({ q }).toString()}` : '?'} preventScrollReset>
                  Clear all filters
                </Link>
              </p>
            ) : null}
            {leftOut.length ? (
              <p className="small muted" role="status">
                A {leftOut.join(' and ')} filter in this link was not recognised and was left out.
              </p>
            ) : null}
            {FACETS.map((f) => {
              const counts = result?.facets[f.name] ?? {};
              // Counts of a ticked facet leave its own filter out (the search counts them so), so the
              // other values stay on offer; ticked values stay visible even when nothing matches them.
              const values = [...new Set([...selected[f.name], ...Object.keys(counts)])];
              return (
                <fieldset key={f.name} className="choice-group search__facet">
                  <legend>{f.legend}</legend>
                  {values.length === 0 ? <p className="small muted">None among these results</p> : null}
                  {values.map((value) => (
                    <label key={value} className="search__facet-value">
                      <input
                        type="checkbox"
                        name={f.name}
                        value={value}
                        defaultChecked={selected[f.name].includes(value)}
                        onChange={submitNow}
                      />
                      <span>{facetValueLabel(f.name, value)}</span>
                      <span className="search__count">{counts[value] ?? 0}</span>
                    </label>
                  ))}
                </fieldset>
              );
            })}
          </aside>
          <section className="search__results" aria-live="polite" aria-label="Results">
            <Results
              q={q}
              filtered={filtered}
              result={result}
              error={error}
              wordsAlone={wordsAlone}
              searchAlone={searchAlone}
            />
          </section>
        </div>
      </Form>
    </div>
  );
}

function Results({
  q,
  filtered,
  result,
  error,
  wordsAlone,
  searchAlone,
}: {
  q: string;
  filtered: boolean;
  result: ReturnType<typeof useLoaderData<typeof loader>>['result'];
  error: string | null;
  wordsAlone: WordAlone[];
  searchAlone: (word: string) => string;
}) {
  if (error || !result) {
    return (
      <EmptyState title="That search could not be run" icon="!">
        <p>{error ?? 'Please try again in a moment.'}</p>
      </EmptyState>
    );
  }
  if (result.hits.length === 0 && wordsAlone.length > 0) {
    return (
      <EmptyState title={`Nothing matches all of “${q}”`}>
        <p>Every word must match. On its own,</p>
        <ul className="search__words-alone">
          {wordsAlone.map(({ word, total }) => (
            <li key={word}>
              <Link to={searchAlone(word)}>“{word}”</Link> finds{' '}
              {total === 1 ? '1 result' : `${total} results`}
            </li>
          ))}
        </ul>
      </EmptyState>
    );
  }
  if (result.hits.length === 0) {
    return (
      <EmptyState title={q ? `Nothing matches “${q}”` : 'Nothing to show yet'}>
        <p>
          {q
            ? 'Try a shorter or more general word (“oil” rather than “cold-pressed oil”), a product’s HS code such as 1515, '
            : 'Try a product such as “argan oil” or “saffron”, '}
          {filtered ? 'or untick a filter.' : 'or a country name.'}
        </p>
      </EmptyState>
    );
  }
  return (
    <>
      <p className="small muted">
        {result.total === 1 ? '1 result' : `${result.total} results`}
        {q ? ` for “${q}”` : ''}
      </p>
      <ul className="need-list">
        {result.hits.map(({ document: d, highlights: h }) => (
          <li key={d.id} className="need-card search-hit">
            <Link to={hitHref(d)} className="need-card__title">
              {/* The search package HTML-escapes highlights and adds only <mark>, so they are safe as HTML. */}
              {h.title ? <span dangerouslySetInnerHTML={{ __html: h.title }} /> : d.title}
            </Link>
            <div className="need-card__meta">
              <span>{DOCUMENT_KIND_LABEL[d.kind] ?? KIND_LABEL[d.organisationKind]}</span>
              <span>{formatCountry(d.country)}</span>
              {d.region ? <span>{d.region}</span> : null}
            </div>
            {/* An item's product is its title: its line shows which product exactly, by code. */}
            {h.products && d.kind !== 'CATALOGUE_ITEM' ? (
              <p className="search-hit__text" dangerouslySetInnerHTML={{ __html: h.products }} />
            ) : d.products.length > 0 && d.kind !== 'CATALOGUE_ITEM' ? (
              <p className="search-hit__text">{d.products.map((p) => p.label).join(', ')}</p>
            ) : d.productCodes.length > 0 ? (
              <p className="search-hit__text">
                {d.productCodes.map((code, i) => productWithCode(code, d.productNames?.[i])).join(', ')}
              </p>
            ) : null}
            {h.description ? (
              <p className="search-hit__text small" dangerouslySetInnerHTML={{ __html: h.description }} />
            ) : d.kind === 'CATALOGUE_ITEM' && d.description ? (
              // Who offers it and at what price: worth showing even when the words matched elsewhere.
              <p className="search-hit__text small">{d.description}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
