import type { NeedScheduleView } from '@linkage/contracts';
import type { Period, Unit } from '@linkage/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '~/lib/use-format';
import { ProductName } from './reference-names';

/** A need's schedule in a line: one delivery by a day, or deliveries between two days. */
export function ScheduleText({ schedule }: { schedule: NeedScheduleView }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (schedule.kind === 'ONE_OFF')
    return <>{t('need.oneOffBy', { date: format.date(schedule.startDate) })}</>;
  return (
    <>
      {t('need.between', {
        start: format.date(schedule.startDate),
        end: schedule.endDate ? format.date(schedule.endDate) : t('need.openEnded'),
      })}
    </>
  );
}

/**
 * What a need asks for at a glance — product, volume, place, schedule — as its buyer's page and its
 * open page both show it; `place` adds details under the country (the exact spot, the distance).
 */
export function NeedFacts({
  need,
  place,
}: {
  need: {
    productCode: string;
    productName?: string;
    quantity: number;
    unit: Unit;
    period: Period;
    deliveryCountry: string;
    schedule: NeedScheduleView;
    responseDeadline: string;
  };
  place?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="facts">
      <div>
        <dt>{t('need.product')}</dt>
        <dd>
          <ProductName code={need.productCode} name={need.productName} />
        </dd>
      </div>
      <div>
        <dt>{t('need.quantity')}</dt>
        <dd>{format.rate(need.quantity, need.unit, need.period)}</dd>
      </div>
      <div>
        <dt>{t('need.deliveredTo')}</dt>
        <dd>
          {format.country(need.deliveryCountry)}
          {place}
        </dd>
      </div>
      <div>
        <dt>{t('need.schedule')}</dt>
        <dd>
          <ScheduleText schedule={need.schedule} />
          <span className="block muted small">
            {t('need.answersBy', { date: format.date(need.responseDeadline) })}
          </span>
        </dd>
      </div>
    </dl>
  );
}
