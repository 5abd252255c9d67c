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
import i18next, { type TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, EmptyState, KindBadge, TableScroll } from './ui';
import {
  CERT_STATUS,
  formatDate,
  formatLatLon,
  MEMBER_STATUS_TONE,
  productWithCode,
  VISIBILITY_TONE,
} from '~/lib/format';
import type { Locale } from '~/lib/i18n';
import { useFormat } from '~/lib/use-format';
import { StandardName } from './reference-names';

/** Ten distinguishable colours; a member keeps its colour on every chart of the page. */
const PALETTE = 10;

export type MemberColours = Map<string, number>;

export function memberColours(members: Array<{ id: string }>): MemberColours {
  return new Map(members.map((m, i) => [m.id, i % PALETTE]));
}

export function VisibilityBadge({ tier }: { tier: OrganisationProfileView['visibility'] }) {
  const { t } = useTranslation();
  return (
    <Badge tone={VISIBILITY_TONE[tier]} title={t('profile.visibilityTitle')}>
      {t(`profile.visibilityBadge.${tier}`)}
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
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="page-header org-header">
      <div>
        <h1>{profile.legalName}</h1>
        <p className="org-header__meta">
          <KindBadge kind={profile.kind} />
          {profile.groupType ? <span>{t(`groupType.${profile.groupType}`)}</span> : null}
          <span>
            {format.country(profile.country)}
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
  const { t } = useTranslation();
  const colours = memberColours(profile.members);
  const names = new Map(profile.members.map((m) => [m.id, m.enterprise.legalName]));
  return (
    <div className="profile stack-lg">
      <AboutSection profile={profile} />
      {profile.scorecard ? <ScorecardSection scorecard={profile.scorecard} /> : null}
      <section aria-labelledby="p-members" className="profile__section">
        <SectionHeading
          id="p-members"
          title={t('profile.members')}
          count={profile.members.length}
          link={manageLinks ? 'group-members' : undefined}
          linkText={t('profile.manageMembers')}
        />
        <MemberList members={profile.members} colours={colours} />
      </section>
      <section aria-labelledby="p-capacity" className="profile__section">
        <SectionHeading
          id="p-capacity"
          title={t('profile.capacityByProduct')}
          link={manageLinks ? 'capacity' : undefined}
          linkText={t('profile.recordCapacity')}
        />
        <CapacityByProduct products={profile.capacityByProduct} names={names} colours={colours} />
      </section>
      <section aria-labelledby="p-certs" className="profile__section">
        <SectionHeading
          id="p-certs"
          title={t('org.tab.certifications')}
          count={profile.certifications.length}
          link={manageLinks ? 'certifications' : undefined}
          linkText={t('profile.recordCertificate')}
        />
        <CertificationList certifications={profile.certifications} />
      </section>
      <section aria-labelledby="p-catalogue" className="profile__section">
        <SectionHeading
          id="p-catalogue"
          title={t('profile.jointCatalogue')}
          count={profile.catalogue.length}
          link={manageLinks ? 'catalogue' : undefined}
          linkText={t('profile.manageCatalogue')}
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
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="section-heading">
      <h2 id={id}>
        {title}
        {count !== undefined ? <span className="count">{format.number(count)}</span> : null}
      </h2>
      {link ? (
        <Link to={link} className="small">
          {t('profile.linkOn', { text: linkText })}
        </Link>
      ) : null}
    </div>
  );
}

function AboutSection({ profile }: { profile: OrganisationProfileView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const hasPlace = profile.latitude != null && profile.longitude != null;
  return (
    <section aria-labelledby="p-about" className="profile__about">
      <h2 id="p-about" className="visually-hidden">
        {t('profile.about')}
      </h2>
      {profile.description ? <p className="lead-text">{profile.description}</p> : null}
      <dl className="facts facts--wide">
        <div>
          <dt>{t('profile.type')}</dt>
          <dd>{profile.groupType ? t(`groupType.${profile.groupType}`) : '—'}</dd>
        </div>
        <div>
          <dt>{t('profile.sectors')}</dt>
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
          <dt>{t('profile.place')}</dt>
          <dd>
            {format.country(profile.country)}
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
          <dt>{t('profile.languages')}</dt>
          <dd>
            {profile.languages.length ? profile.languages.map((l) => format.language(l)).join(', ') : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('profile.governance')}</dt>
          <dd>
            {profile.governance?.decisionRule || profile.governance?.feeModel ? (
              <>
                {profile.governance.decisionRule ? (
                  <span className="block">
                    {t('profile.decisions', { rule: profile.governance.decisionRule })}
                  </span>
                ) : null}
                {profile.governance.feeModel ? (
                  <span className="block">{t('profile.fees', { model: profile.governance.feeModel })}</span>
                ) : null}
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('profile.visibleTo')}</dt>
          <dd>
            <VisibilityBadge tier={profile.visibility} />
          </dd>
        </div>
      </dl>
      {profile.customers !== null ? (
        <div className="private-box">
          <p className="private-box__title">
            <LockIcon /> {t('profile.customers')}{' '}
            <span className="muted small">{t('profile.customersPrivate')}</span>
          </p>
          {profile.customers.length ? (
            <p>{profile.customers.join(' · ')}</p>
          ) : (
            <p className="muted">{t('profile.noneRecorded')}</p>
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
  const { t } = useTranslation();
  const x = ((lon + 180) / 360) * 120;
  const y = ((90 - lat) / 180) * 60;
  return (
    <svg
      className="place__map"
      viewBox="0 0 120 60"
      width="120"
      height="60"
      role="img"
      aria-label={t('profile.location', { place: formatLatLon(lat, lon) })}
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
  const { t } = useTranslation();
  const format = useFormat();
  if (members.length === 0) {
    return (
      <EmptyState title={t('profile.noMembers.title')} icon="◎">
        <p>{t('profile.noMembers.text')}</p>
      </EmptyState>
    );
  }
  return (
    <ul className="member-grid">
      {members.map((m) => (
        <li key={m.id} className="member-card">
          <span className={`member-dot c${colours.get(m.id) ?? 0}`} aria-hidden="true" />
          <span className="member-card__name">{m.enterprise.legalName}</span>
          <Badge tone={MEMBER_STATUS_TONE[m.status]}>{t(`memberStatus.${m.status}`)}</Badge>
          <span className="member-card__meta">
            {[
              m.enterprise.region ?? format.country(m.enterprise.country),
              m.enterprise.employees != null ? t('profile.staff', { count: m.enterprise.employees }) : null,
              m.enterprise.registration === 'INFORMAL' ? t('profile.informal') : null,
              m.enterprise.womenOwned ? t('profile.womenOwned') : null,
              m.enterprise.youthLed ? t('profile.youthLed') : null,
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
  const skipped: Array<{ quantity: number; unit: Unit; period: Period }> = [];
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
      skipped.push({ quantity: e.quantity, unit: e.unit, period: e.period });
    }
  }
  return { unit, period, lines, skipped };
}

/** Why a line does not count towards the group's offer (DESIGN §2 "Offerable capacity"): its catalogue key, or undefined. */
const notOfferedReason = (l: { committed: boolean; offered: boolean }) =>
  l.offered ? undefined : l.committed ? 'profile.memberNotActive' : 'profile.notCommitted';

export function CapacityByProduct({
  products,
  names,
  colours,
}: {
  products: ProductCapacityView[];
  names: Map<string, string>;
  colours: MemberColours;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  if (products.length === 0) {
    return (
      <EmptyState title={t('profile.noCapacity.title')} icon="▦">
        <p>{t('profile.noCapacity.text')}</p>
      </EmptyState>
    );
  }
  const converted = products.map((p) => ({ product: p, ...toCommonRate(p) }));
  return (
    <ul className="capacity-list">
      {converted.map(({ product, unit, period, lines, skipped }) => {
        const total = lines.reduce((s, l) => s + l.quantity, 0);
        const offered = lines.filter((l) => l.offered).reduce((s, l) => s + l.quantity, 0);
        const label = t('profile.capacityLabel', {
          product: product.productLabel,
          offered: format.rate(offered, unit, period),
          total: format.number(total),
        });
        const memberName = (id: string | null) =>
          id ? (names.get(id) ?? t('profile.member')) : t('profile.group');
        return (
          <li key={product.productCode} className="capacity">
            <div className="capacity__head">
              <span className="capacity__name">
                {product.productLabel}{' '}
                <span className="muted">{productWithCode(product.productCode, product.productName)}</span>
              </span>
              <span className="capacity__total">
                <strong>{format.rate(offered, unit, period)}</strong> {t('profile.onOffer')}{' '}
                <span className="muted">{t('profile.ofRecorded', { total: format.number(total) })}</span>
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
                    title={t('profile.segment', {
                      name: memberName(l.memberId),
                      rate: format.rate(l.quantity, unit, period),
                      state: t(notOfferedReason(l) ?? 'profile.onOffer'),
                    })}
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
                  {l.memberId ? memberName(l.memberId) : t('profile.groupNoMember')}{' '}
                  {format.number(l.quantity)} {unit}
                  {l.offered ? '' : <span className="muted"> ({t(notOfferedReason(l)!)})</span>}
                  {l.months.length && l.months.length < 12 ? (
                    <span className="muted"> · {format.months(l.months)}</span>
                  ) : null}
                </li>
              ))}
            </ul>
            {skipped.length ? (
              <p className="muted small">
                {t('profile.notShown', {
                  lines: skipped
                    .map((e) =>
                      t('profile.notConvertible', {
                        rate: format.rate(e.quantity, e.unit, e.period),
                        from: e.unit,
                        to: unit,
                      }),
                    )
                    .join('; '),
                })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function CertStatusBadge({ status }: { status: CertificationView['status'] }) {
  const { t } = useTranslation();
  return <Badge tone={CERT_STATUS[status].tone}>{t(`certStatus.${status}`)}</Badge>;
}

/**
 * "Organic (EU) of Coopérative Amal, no. MA-BIO-2291": names one certificate in a button's label,
 * in the reader's language (`t`; English where a page has not passed one yet).
 */
export function certificationLabel(
  c: Pick<CertificationView, 'standard' | 'holderName' | 'certificateNumber'>,
  t: TFunction = i18next.getFixedT('en'),
): string {
  return c.certificateNumber
    ? t('cert.labelNumbered', {
        standard: c.standard.name,
        holder: c.holderName,
        number: c.certificateNumber,
      })
    : t('cert.label', { standard: c.standard.name, holder: c.holderName });
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
  const { t } = useTranslation();
  const format = useFormat();
  if (certifications.length === 0) {
    return (
      <EmptyState title={t('profile.noCertificates.title')} icon="✓">
        <p>{t('profile.noCertificates.text')}</p>
      </EmptyState>
    );
  }
  return (
    <TableScroll label={t('org.tab.certifications')}>
      <table className="table">
        <caption className="visually-hidden">{t('org.tab.certifications')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cert.standard')}</th>
            <th scope="col">{t('cert.holder')}</th>
            <th scope="col">{t('cert.status')}</th>
            <th scope="col">{t('cert.validUntil')}</th>
            <th scope="col">{t('cert.verification')}</th>
            <th scope="col">{t('cert.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {certifications.map((c) => (
            <tr key={c.id} className={c.id === selectedId ? 'row--selected' : undefined}>
              <td>
                <strong>{c.standard.name}</strong>
                <span className="block muted small">
                  {c.certificateNumber ? t('cert.number', { number: c.certificateNumber }) : c.standard.code}
                  {c.certificationBody ? ` · ${c.certificationBody}` : ''}
                  {c.standard.coversGroupMembers && c.memberId === null
                    ? ` · ${t('cert.coversMembers')}`
                    : ''}
                </span>
                {renderRowActions ? <div className="cell-actions">{renderRowActions(c)}</div> : null}
              </td>
              <td>{c.holderName}</td>
              <td>
                <CertStatusBadge status={c.status} />
              </td>
              <td>{format.date(c.validUntil)}</td>
              <td>
                <span className={`verify verify--${c.verification.toLowerCase().replace(/_/g, '-')}`}>
                  {t(`verification.${c.verification}`)}
                </span>
                {c.verificationRecord ? (
                  <span className="block muted small">
                    {verificationRecordText(c.verificationRecord, t, format.locale)}
                  </span>
                ) : null}
                {renderVerification ? <div className="cell-actions">{renderVerification(c)}</div> : null}
              </td>
              <td>
                {c.evidence ? (
                  <a href={`/evidence/${c.id}`} target="_blank" rel="noreferrer">
                    {c.evidence.fileName}
                  </a>
                ) : (
                  <span className="muted">{t('cert.noEvidence')}</span>
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
  const { t } = useTranslation();
  const format = useFormat();
  const cap = item.capacity;
  const parts = [
    ...cap.byMember.map((m) => ({
      key: m.memberId,
      name: m.memberName,
      quantity: m.quantity,
      colour: `c${colours.get(m.memberId) ?? 0}`,
    })),
    ...(cap.own
      ? [{ key: 'own', name: t('catalogue.ownProduction'), quantity: cap.own.quantity, colour: 'c-group' }]
      : []),
    ...(cap.otherMembers
      ? [
          {
            key: 'others',
            name: t('catalogue.otherMembers'),
            quantity: cap.otherMembers.quantity,
            colour: 'c-other',
          },
        ]
      : []),
  ];
  const excluded = cap.excluded.length ? (
    <p className="muted small">
      {t('catalogue.leftOut', {
        lines: cap.excluded.map((e) => `${e.memberName ?? t('catalogue.ownLine')} (${e.reason})`).join('; '),
      })}
    </p>
  ) : null;
  if (parts.length === 0) {
    return (
      <>
        <p className="muted small">
          {t('catalogue.noCapacity', { product: productWithCode(item.productCode, item.productName) })}
        </p>
        {excluded}
      </>
    );
  }
  return (
    <div className="catalogue-capacity">
      <p className="catalogue-capacity__total">
        {t('catalogue.capacity')} <strong>{format.rate(cap.quantity, cap.unit, cap.period)}</strong>
        <span className="muted small">
          {cap.own ? t('catalogue.fromMembersAndOwn') : t('catalogue.fromMembers')}
        </span>
      </p>
      <div
        className="stackbar"
        role="img"
        aria-label={t('catalogue.capacityLabel', {
          rate: format.rate(cap.quantity, cap.unit, cap.period),
          count: parts.length,
        })}
      >
        {parts.map((p) => (
          <span
            key={p.key}
            className={`stackbar__seg ${p.colour}`}
            style={{ width: `${cap.quantity > 0 ? (p.quantity / cap.quantity) * 100 : 0}%` }}
            title={`${p.name}: ${format.rate(p.quantity, cap.unit, cap.period)}`}
          />
        ))}
      </div>
      <p className="catalogue-capacity__sum small">
        {parts.map((p, i) => (
          <span key={p.key}>
            {i > 0 ? ' + ' : ''}
            <span className={`member-dot ${p.colour}`} aria-hidden="true" /> {p.name}{' '}
            {format.number(p.quantity)} {cap.unit}
          </span>
        ))}{' '}
        = {format.rate(cap.quantity, cap.unit, cap.period)}
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
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) {
    return (
      <EmptyState title={t('catalogue.none.title')} icon="◇">
        <p>{t('catalogue.none.text')}</p>
      </EmptyState>
    );
  }
  return (
    <ul className="catalogue-list">
      {items.map((item) => {
        const price = priceRangeText(item, format.number);
        return (
          <li key={item.id} className="catalogue-item">
            <div className="catalogue-item__head">
              <h3>
                {item.productLabel}{' '}
                <span className="muted small">{productWithCode(item.productCode, item.productName)}</span>
              </h3>
              {item.published ? (
                <Badge tone="good">{t('catalogue.published')}</Badge>
              ) : (
                <Badge>{t('catalogue.draft')}</Badge>
              )}
            </div>
            {item.description ? <p>{item.description}</p> : null}
            <p className="catalogue-item__meta small">
              {price ? <span>{price}</span> : null}
              {item.minimumOrder != null ? (
                <span>
                  {t('catalogue.minimumOrder', {
                    quantity: format.number(item.minimumOrder),
                    unit: item.unit,
                  })}
                </span>
              ) : null}
              {item.standardCodes.length ? (
                <span className="chips">
                  {item.standardCodes.map((s, i) => (
                    <span key={s} className="chip chip--std">
                      <StandardName code={s} name={item.standardNames?.[i]} />
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

/**
 * "Verified by Amina on 3 Mar 2027: number, body, scope and holder checked against the evidence", in
 * the reader's language (`t`, `locale`; English where a page has not passed them yet).
 */
export function verificationRecordText(
  r: NonNullable<CertificationView['verificationRecord']>,
  t: TFunction = i18next.getFixedT('en'),
  locale: Locale = 'en',
): string {
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
        .map(([, what]) => t(`cert.checked.${what}`))
    : [];
  const date = formatDate(r.verifiedAt.slice(0, 10), locale);
  const by = r.verifiedByName
    ? t('cert.verifiedBy', { name: r.verifiedByName, date })
    : t('cert.verifiedByBroker', { date });
  const what = checked.length
    ? t('cert.checkedAgainstEvidence', {
        items: new Intl.ListFormat(locale, { type: 'conjunction' }).format(checked),
      })
    : '';
  const note = r.checklist?.note ? ` (${r.checklist.note})` : '';
  return `${by}${what}${note}`;
}

/**
 * The delivery scorecard: deliveries recorded under the group's linkages in the last twelve months
 * (the track record matching scores), with a bar each for on time and conforming.
 */
function ScorecardSection({
  scorecard: s,
}: {
  scorecard: NonNullable<OrganisationProfileView['scorecard']>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="p-scorecard" className="profile__section">
      <SectionHeading id="p-scorecard" title={t('scorecard.title')} />
      {s.deliveries === 0 ? (
        <p className="muted">{t('scorecard.none')}</p>
      ) : (
        <div className="stack-sm scorecard">
          <p>
            {t('scorecard.summary', {
              deliveries: format.number(s.deliveries),
              onTime: format.percent((s.onTimePercent ?? 0) / 100),
              conforming: format.percent((s.conformingPercent ?? 0) / 100),
              repeat: t('scorecard.repeatOrders', { count: s.repeatOrders }),
            })}
          </p>
          <ScoreMeter label={t('scorecard.onTime')} value={s.onTimePercent ?? 0} />
          <ScoreMeter label={t('scorecard.conforming')} value={s.conformingPercent ?? 0} />
        </div>
      )}
    </section>
  );
}

function ScoreMeter({ label, value }: { label: string; value: number }) {
  const format = useFormat();
  return (
    <div className="scorecard__row">
      <span className="small">{label}</span>
      <div className="meter" role="img" aria-label={`${label}: ${format.percent(value / 100)}`}>
        <span className="meter__ok" style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}
