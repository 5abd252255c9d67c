/**
 * A producer group's profile as people scan it: who the group is, its members, how much it can
 * supply (bars split by member, capacity on offer solid), its certificates and its joint catalogue.
 * Used by the signed-in profile page and the public one; the API has already filtered what the
 * viewer may see.
 */
import type {
  CatalogueItemView,
  CertificationView,
  GroupMemberView,
  OrganisationProfileView,
  ProductCapacityView,
} from '@linkage/contracts';
import { convertRate, priceRangeText, type Period, type Unit } from '@linkage/domain';
import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { Badge, EmptyState, KindBadge, TableScroll } from './ui';
import {
  CERT_STATUS,
  formatCountry,
  formatDate,
  formatHsCode,
  formatLanguage,
  formatLatLon,
  formatMonths,
  formatNumber,
  formatRate,
  GROUP_TYPE_LABEL,
  MEMBER_STATUS_TONE,
  PERIOD_LABEL,
  VERIFICATION_LABEL,
  VISIBILITY_BADGE,
} from '~/lib/format';

/** Ten distinguishable colours; a member keeps its colour on every chart of the page. */
const PALETTE = 10;

export type MemberColours = Map<string, number>;

export function memberColours(members: Array<{ id: string }>): MemberColours {
  return new Map(members.map((m, i) => [m.id, i % PALETTE]));
}

export function VisibilityBadge({ tier }: { tier: OrganisationProfileView['visibility'] }) {
  const b = VISIBILITY_BADGE[tier];
  return (
    <Badge tone={b.tone} title="Who can see this profile">
      {b.text}
    </Badge>
  );
}

export function ProfileHeader({
  profile,
  actions,
}: {
  profile: OrganisationProfileView;
  actions?: ReactNode;
}) {
  return (
    <div className="page-header org-header">
      <div>
        <h1>{profile.legalName}</h1>
        <p className="org-header__meta">
          <KindBadge kind={profile.kind} />
          {profile.groupType ? <span>{GROUP_TYPE_LABEL[profile.groupType]}</span> : null}
          <span>
            {formatCountry(profile.country)}
            {profile.region ? ` · ${profile.region}` : ''}
          </span>
          <VisibilityBadge tier={profile.visibility} />
        </p>
      </div>
      {actions}
    </div>
  );
}

/** The whole profile, section by section. */
export function ProfileBody({
  profile,
  manageLinks,
}: {
  profile: OrganisationProfileView;
  manageLinks?: boolean;
}) {
  const colours = memberColours(profile.members);
  const names = new Map(profile.members.map((m) => [m.id, m.enterprise.legalName]));
  return (
    <div className="profile stack-lg">
      <AboutSection profile={profile} />
      {profile.scorecard ? <ScorecardSection scorecard={profile.scorecard} /> : null}
      <section aria-labelledby="p-members" className="profile__section">
        <SectionHeading
          id="p-members"
          title="Members"
          count={profile.members.length}
          link={manageLinks ? 'group-members' : undefined}
          linkText="Manage members"
        />
        <MemberList members={profile.members} colours={colours} />
      </section>
      <section aria-labelledby="p-capacity" className="profile__section">
        <SectionHeading
          id="p-capacity"
          title="Capacity by product"
          link={manageLinks ? 'capacity' : undefined}
          linkText="Record capacity"
        />
        <CapacityByProduct products={profile.capacityByProduct} names={names} colours={colours} />
      </section>
      <section aria-labelledby="p-certs" className="profile__section">
        <SectionHeading
          id="p-certs"
          title="Certifications"
          count={profile.certifications.length}
          link={manageLinks ? 'certifications' : undefined}
          linkText="Record a certificate"
        />
        <CertificationList certifications={profile.certifications} />
      </section>
      <section aria-labelledby="p-catalogue" className="profile__section">
        <SectionHeading
          id="p-catalogue"
          title="Joint catalogue"
          count={profile.catalogue.length}
          link={manageLinks ? 'catalogue' : undefined}
          linkText="Manage catalogue"
        />
        <CatalogueList items={profile.catalogue} colours={colours} />
      </section>
    </div>
  );
}

function SectionHeading({
  id,
  title,
  count,
  link,
  linkText,
}: {
  id: string;
  title: string;
  count?: number;
  link?: string;
  linkText?: string;
}) {
  return (
    <div className="section-heading">
      <h2 id={id}>
        {title}
        {count !== undefined ? <span className="count">{count}</span> : null}
      </h2>
      {link ? (
        <Link to={link} className="small">
          {linkText} →
        </Link>
      ) : null}
    </div>
  );
}

function AboutSection({ profile }: { profile: OrganisationProfileView }) {
  const hasPlace = profile.latitude != null && profile.longitude != null;
  return (
    <section aria-labelledby="p-about" className="profile__about">
      <h2 id="p-about" className="visually-hidden">
        About
      </h2>
      {profile.description ? <p className="lead-text">{profile.description}</p> : null}
      <dl className="facts facts--wide">
        <div>
          <dt>Type</dt>
          <dd>{profile.groupType ? GROUP_TYPE_LABEL[profile.groupType] : '—'}</dd>
        </div>
        <div>
          <dt>Sectors</dt>
          <dd>
            {profile.sectors.length ? (
              <span className="chips">
                {profile.sectors.map((s) => (
                  <span key={s} className="chip">
                    {s}
                  </span>
                ))}
              </span>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Place</dt>
          <dd>
            {formatCountry(profile.country)}
            {profile.region ? `, ${profile.region}` : ''}
            {hasPlace ? (
              <span className="place">
                <PlaceMap lat={profile.latitude!} lon={profile.longitude!} />
                <a
                  href={`https://www.openstreetmap.org/?mlat=${profile.latitude}&mlon=${profile.longitude}#map=9/${profile.latitude}/${profile.longitude}`}
                  rel="noreferrer"
                  target="_blank"
                >
                  {formatLatLon(profile.latitude!, profile.longitude!)}
                </a>
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Languages</dt>
          <dd>{profile.languages.length ? profile.languages.map((l) => formatLanguage(l)).join(', ') : '—'}</dd>
        </div>
        <div>
          <dt>Governance</dt>
          <dd>
            {profile.governance?.decisionRule || profile.governance?.feeModel ? (
              <>
                {profile.governance.decisionRule ? (
                  <span className="block">Decisions: {profile.governance.decisionRule}</span>
                ) : null}
                {profile.governance.feeModel ? (
                  <span className="block">Fees: {profile.governance.feeModel}</span>
                ) : null}
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Visible to</dt>
          <dd>
            <VisibilityBadge tier={profile.visibility} />
          </dd>
        </div>
      </dl>
      {profile.customers !== null ? (
        <div className="private-box">
          <p className="private-box__title">
            <LockIcon /> Customers <span className="muted small">(private: only your group sees this)</span>
          </p>
          {profile.customers.length ? (
            <p>{profile.customers.join(' · ')}</p>
          ) : (
            <p className="muted">None recorded.</p>
          )}
        </div>
      ) : null}
    </section>
  );
}

function LockIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M5 7V5a3 3 0 1 1 6 0v2h.5A1.5 1.5 0 0 1 13 8.5v5a1.5 1.5 0 0 1-1.5 1.5h-7A1.5 1.5 0 0 1 3 13.5v-5A1.5 1.5 0 0 1 4.5 7H5Zm1.5 0h3V5a1.5 1.5 0 0 0-3 0v2Z"
      />
    </svg>
  );
}

/** A small equirectangular locator: where on Earth the group sits, at a glance. */
function PlaceMap({ lat, lon }: { lat: number; lon: number }) {
  const x = ((lon + 180) / 360) * 120;
  const y = ((90 - lat) / 180) * 60;
  return (
    <svg
      className="place__map"
      viewBox="0 0 120 60"
      width="120"
      height="60"
      role="img"
      aria-label={`Location ${formatLatLon(lat, lon)}`}
    >
      <rect width="120" height="60" rx="4" className="place__sea" />
      {[20, 40].map((g) => (
        <line key={`h${g}`} x1="0" x2="120" y1={g} y2={g} className="place__grid" />
      ))}
      {[30, 60, 90].map((g) => (
        <line key={`v${g}`} y1="0" y2="60" x1={g} x2={g} className="place__grid" />
      ))}
      <circle cx={x} cy={y} r="6" className="place__halo" />
      <circle cx={x} cy={y} r="2.5" className="place__dot" />
    </svg>
  );
}

export function MemberList({ members, colours }: { members: GroupMemberView[]; colours: MemberColours }) {
  if (members.length === 0) {
    return (
      <EmptyState title="No member enterprises listed" icon="◎">
        <p>The enterprises that supply through this group appear here.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="member-grid">
      {members.map((m) => (
        <li key={m.id} className="member-card">
          <span className={`member-dot c${colours.get(m.id) ?? 0}`} aria-hidden="true" />
          <span className="member-card__name">{m.enterprise.legalName}</span>
          <Badge tone={MEMBER_STATUS_TONE[m.status]}>{m.status.toLowerCase()}</Badge>
          <span className="member-card__meta">
            {[
              m.enterprise.region ?? formatCountry(m.enterprise.country),
              m.enterprise.employees != null ? `${m.enterprise.employees} staff` : null,
              m.enterprise.registration === 'INFORMAL' ? 'informal' : null,
              m.enterprise.womenOwned ? 'women-owned' : null,
              m.enterprise.youthLed ? 'youth-led' : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Entries of one product in a common unit and period; the first entry that counts towards the offer sets them. */
function toCommonRate(product: ProductCapacityView) {
  const base = product.entries.find((e) => e.offered) ?? product.entries[0]!;
  const unit: Unit = base.unit;
  const period: Period = base.period;
  const lines: Array<{
    id: string;
    memberId: string | null;
    quantity: number;
    committed: boolean;
    offered: boolean;
    months: number[];
  }> = [];
  const skipped: string[] = [];
  for (const e of product.entries) {
    try {
      lines.push({
        id: e.id,
        memberId: e.memberId,
        quantity: convertRate(e, unit, period),
        committed: e.committed,
        offered: e.offered,
        months: e.availableMonths,
      });
    } catch {
      skipped.push(`${formatRate(e.quantity, e.unit, e.period)} (in ${e.unit}, not convertible to ${unit})`);
    }
  }
  return { unit, period, lines, skipped };
}

/** Why a line does not count towards the group's offer (DESIGN §2 "Offerable capacity"), or undefined. */
const notOfferedReason = (l: { committed: boolean; offered: boolean }) =>
  l.offered ? undefined : l.committed ? 'member not active' : 'not committed';

export function CapacityByProduct({
  products,
  names,
  colours,
}: {
  products: ProductCapacityView[];
  names: Map<string, string>;
  colours: MemberColours;
}) {
  if (products.length === 0) {
    return (
      <EmptyState title="No capacity recorded yet" icon="▦">
        <p>Members&apos; capacity per product appears here, with what each commits to the group.</p>
      </EmptyState>
    );
  }
  const converted = products.map((p) => ({ product: p, ...toCommonRate(p) }));
  return (
    <ul className="capacity-list">
      {converted.map(({ product, unit, period, lines, skipped }) => {
        const total = lines.reduce((s, l) => s + l.quantity, 0);
        const offered = lines.filter((l) => l.offered).reduce((s, l) => s + l.quantity, 0);
        const label = `${product.productLabel}: ${formatNumber(offered)} of ${formatNumber(total)} ${unit} / ${PERIOD_LABEL[period]} on offer`;
        return (
          <li key={product.productCode} className="capacity">
            <div className="capacity__head">
              <span className="capacity__name">
                {product.productLabel} <code className="muted">HS {formatHsCode(product.productCode)}</code>
              </span>
              <span className="capacity__total">
                <strong>
                  {formatNumber(offered)} {unit} / {PERIOD_LABEL[period]}
                </strong>{' '}
                on offer <span className="muted">of {formatNumber(total)} recorded</span>
              </span>
            </div>
            <div className="stackbar" role="img" aria-label={label}>
              {lines
                .filter((l) => l.quantity > 0)
                .sort((a, b) => Number(b.offered) - Number(a.offered))
                .map((l) => (
                  <span
                    key={l.id}
                    className={`stackbar__seg ${l.memberId ? `c${colours.get(l.memberId) ?? 0}` : 'c-group'}${l.offered ? '' : ' stackbar__seg--uncommitted'}`}
                    style={{ width: `${(l.quantity / total) * 100}%` }}
                    title={`${l.memberId ? (names.get(l.memberId) ?? 'Member') : 'Group'}: ${formatNumber(l.quantity)} ${unit} / ${PERIOD_LABEL[period]}, ${notOfferedReason(l) ?? 'on offer'}`}
                  />
                ))}
            </div>
            <ul className="capacity__legend">
              {lines.map((l) => (
                <li key={l.id}>
                  <span
                    className={`member-dot ${l.memberId ? `c${colours.get(l.memberId) ?? 0}` : 'c-group'}${l.offered ? '' : ' member-dot--hollow'}`}
                    aria-hidden="true"
                  />
                  {l.memberId ? (names.get(l.memberId) ?? 'Member') : 'Group (no member)'}{' '}
                  {formatNumber(l.quantity)} {unit}
                  {l.offered ? '' : <span className="muted"> ({notOfferedReason(l)})</span>}
                  {l.months.length && l.months.length < 12 ? (
                    <span className="muted"> · {formatMonths(l.months)}</span>
                  ) : null}
                </li>
              ))}
            </ul>
            {skipped.length ? <p className="muted small">Not shown: {skipped.join('; ')}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

export function CertStatusBadge({ status }: { status: CertificationView['status'] }) {
  const s = CERT_STATUS[status];
  return <Badge tone={s.tone}>{s.text}</Badge>;
}

/** "Organic (EU) of Coopérative Amal, no. MA-BIO-2291": names one certificate in a button's label. */
export function certificationLabel(
  c: Pick<CertificationView, 'standard' | 'holderName' | 'certificateNumber'>,
): string {
  return `${c.standard.name} of ${c.holderName}${c.certificateNumber ? `, no. ${c.certificateNumber}` : ''}`;
}

/**
 * The certificates table. Managing pages add actions: `renderActions` under the evidence (upload),
 * `renderVerification` under the verification level, `renderRowActions` under the standard's name.
 */
export function CertificationList({
  certifications,
  renderActions,
  renderVerification,
  renderRowActions,
  selectedId,
}: {
  certifications: CertificationView[];
  renderActions?: (c: CertificationView) => ReactNode;
  renderVerification?: (c: CertificationView) => ReactNode;
  renderRowActions?: (c: CertificationView) => ReactNode;
  selectedId?: string | null;
}) {
  if (certifications.length === 0) {
    return (
      <EmptyState title="No certifications recorded" icon="✓">
        <p>Certificates held by the group or its members appear here with their status and evidence.</p>
      </EmptyState>
    );
  }
  return (
    <TableScroll label="Certifications">
      <table className="table">
        <caption className="visually-hidden">Certifications</caption>
        <thead>
          <tr>
            <th scope="col">Standard</th>
            <th scope="col">Holder</th>
            <th scope="col">Status</th>
            <th scope="col">Valid until</th>
            <th scope="col">Verification</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {certifications.map((c) => (
            <tr key={c.id} className={c.id === selectedId ? 'row--selected' : undefined}>
              <td>
                <strong>{c.standard.name}</strong>
                <span className="block muted small">
                  {c.certificateNumber ? `No. ${c.certificateNumber}` : c.standard.code}
                  {c.certificationBody ? ` · ${c.certificationBody}` : ''}
                  {c.standard.coversGroupMembers && c.memberId === null ? ' · covers members' : ''}
                </span>
                {renderRowActions ? <div className="cell-actions">{renderRowActions(c)}</div> : null}
              </td>
              <td>{c.holderName}</td>
              <td>
                <CertStatusBadge status={c.status} />
              </td>
              <td>{formatDate(c.validUntil)}</td>
              <td>
                <span className={`verify verify--${c.verification.toLowerCase().replace(/_/g, '-')}`}>
                  {VERIFICATION_LABEL[c.verification]}
                </span>
                {c.verificationRecord ? (
                  <span className="block muted small">{verificationRecordText(c.verificationRecord)}</span>
                ) : null}
                {renderVerification ? <div className="cell-actions">{renderVerification(c)}</div> : null}
              </td>
              <td>
                {c.evidence ? (
                  <a href={`/evidence/${c.id}`} target="_blank" rel="noreferrer">
                    {c.evidence.fileName}
                  </a>
                ) : (
                  <span className="muted">none</span>
                )}
                {renderActions ? <div className="cell-actions">{renderActions(c)}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * A catalogue item's derived capacity: what counts towards the group's offer (committed lines of
 * active members and the group's own), split by contributor; members hidden from the viewer are one
 * unnamed line.
 */
export function CatalogueCapacity({ item, colours }: { item: CatalogueItemView; colours: MemberColours }) {
  const cap = item.capacity;
  const per = PERIOD_LABEL[cap.period];
  const parts = [
    ...cap.byMember.map((m) => ({
      key: m.memberId,
      name: m.memberName,
      quantity: m.quantity,
      colour: `c${colours.get(m.memberId) ?? 0}`,
    })),
    ...(cap.own
      ? [{ key: 'own', name: "The group's own production", quantity: cap.own.quantity, colour: 'c-group' }]
      : []),
    ...(cap.otherMembers
      ? [{ key: 'others', name: 'Other members', quantity: cap.otherMembers.quantity, colour: 'c-other' }]
      : []),
  ];
  const excluded = cap.excluded.length ? (
    <p className="muted small">
      Left out:{' '}
      {cap.excluded.map((e) => `${e.memberName ?? "the group's own line"} (${e.reason})`).join('; ')}
    </p>
  ) : null;
  if (parts.length === 0) {
    return (
      <>
        <p className="muted small">
          No committed capacity for HS {formatHsCode(item.productCode)} yet, so this item offers nothing yet.
        </p>
        {excluded}
      </>
    );
  }
  return (
    <div className="catalogue-capacity">
      <p className="catalogue-capacity__total">
        Capacity <strong>{formatRate(cap.quantity, cap.unit, cap.period)}</strong>
        <span className="muted small">
          {cap.own
            ? " — the committed capacity of active members and the group's own"
            : ' — the committed capacity of active members'}
        </span>
      </p>
      <div
        className="stackbar"
        role="img"
        aria-label={`Capacity ${formatRate(cap.quantity, cap.unit, cap.period)} from ${parts.length} contributors`}
      >
        {parts.map((p) => (
          <span
            key={p.key}
            className={`stackbar__seg ${p.colour}`}
            style={{ width: `${cap.quantity > 0 ? (p.quantity / cap.quantity) * 100 : 0}%` }}
            title={`${p.name}: ${formatNumber(p.quantity)} ${cap.unit} / ${per}`}
          />
        ))}
      </div>
      <p className="catalogue-capacity__sum small">
        {parts.map((p, i) => (
          <span key={p.key}>
            {i > 0 ? ' + ' : ''}
            <span className={`member-dot ${p.colour}`} aria-hidden="true" /> {p.name}{' '}
            {formatNumber(p.quantity)} {cap.unit}
          </span>
        ))}{' '}
        = {formatNumber(cap.quantity)} {cap.unit} / {per}
      </p>
      {excluded}
    </div>
  );
}

export function CatalogueList({
  items,
  colours,
  renderActions,
}: {
  items: CatalogueItemView[];
  colours: MemberColours;
  renderActions?: (item: CatalogueItemView) => ReactNode;
}) {
  if (items.length === 0) {
    return (
      <EmptyState title="No catalogue items yet" icon="◇">
        <p>Joint offers appear here with capacity derived from members&apos; committed capacity.</p>
      </EmptyState>
    );
  }
  return (
    <ul className="catalogue-list">
      {items.map((item) => {
        const price = priceRangeText(item, formatNumber);
        return (
          <li key={item.id} className="catalogue-item">
            <div className="catalogue-item__head">
              <h3>
                {item.productLabel} <code className="muted small">HS {formatHsCode(item.productCode)}</code>
              </h3>
              {item.published ? <Badge tone="good">published</Badge> : <Badge>draft</Badge>}
            </div>
            {item.description ? <p>{item.description}</p> : null}
            <p className="catalogue-item__meta small">
              {price ? <span>{price}</span> : null}
              {item.minimumOrder != null ? (
                <span>
                  Minimum order {formatNumber(item.minimumOrder)} {item.unit}
                </span>
              ) : null}
              {item.standardCodes.length ? (
                <span className="chips">
                  {item.standardCodes.map((s) => (
                    <span key={s} className="chip chip--std">
                      {s}
                    </span>
                  ))}
                </span>
              ) : null}
            </p>
            <CatalogueCapacity item={item} colours={colours} />
            {renderActions ? <div className="catalogue-item__actions">{renderActions(item)}</div> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** "verified by Amina on 3 Mar 2027: number, body, scope and holder checked against the evidence". */
export function verificationRecordText(r: NonNullable<CertificationView['verificationRecord']>): string {
  const by = r.verifiedByName ? `Verified by ${r.verifiedByName}` : 'Verified by a programme broker';
  const checked = r.checklist
    ? (
        [
          [r.checklist.certificateNumber, 'number'],
          [r.checklist.certificationBody, 'body'],
          [r.checklist.productScope, 'scope'],
          [r.checklist.holderName, 'holder'],
        ] as const
      )
        .filter(([done]) => done)
        .map(([, what]) => what)
    : [];
  const what = checked.length
    ? `: ${checked.slice(0, -1).join(', ')}${checked.length > 1 ? ' and ' : ''}${checked[checked.length - 1]} checked against the evidence`
    : '';
  const note = r.checklist?.note ? ` (${r.checklist.note})` : '';
  return `${by} on ${formatDate(r.verifiedAt.slice(0, 10))}${what}${note}`;
}

/**
 * The delivery scorecard: deliveries recorded under the group's linkages in the last twelve months
 * (the track record matching scores), with a bar each for on time and conforming.
 */
function ScorecardSection({ scorecard: s }: { scorecard: NonNullable<OrganisationProfileView['scorecard']> }) {
  return (
    <section aria-labelledby="p-scorecard" className="profile__section">
      <SectionHeading id="p-scorecard" title="Delivery record" />
      {s.deliveries === 0 ? (
        <p className="muted">No deliveries recorded through Linkage Exchange yet.</p>
      ) : (
        <div className="stack-sm scorecard">
          <p>
            Deliveries in the last 12 months: <strong>{formatNumber(s.deliveries)}</strong> · on time{' '}
            <strong>{s.onTimePercent} %</strong> · conforming <strong>{s.conformingPercent} %</strong> ·{' '}
            {s.repeatOrders} repeat order{s.repeatOrders === 1 ? '' : 's'}
          </p>
          <ScoreMeter label="On time" value={s.onTimePercent ?? 0} />
          <ScoreMeter label="Conforming" value={s.conformingPercent ?? 0} />
        </div>
      )}
    </section>
  );
}

function ScoreMeter({ label, value }: { label: string; value: number }) {
  return (
    <div className="scorecard__row">
      <span className="small">{label}</span>
      <div className="meter" role="img" aria-label={`${label}: ${value} %`}>
        <span className="meter__ok" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
