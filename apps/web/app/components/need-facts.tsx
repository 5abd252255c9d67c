import type { NeedScheduleView } from '@linkage/contracts';
import type { Period, Unit } from '@linkage/domain';
import type { ReactNode } from 'react';
import { formatCountry, formatDate, formatRate } from '~/lib/format';
import { ProductName } from './reference-names';

/** A need's schedule in a line: one delivery by a day, or deliveries between two days. */
export function ScheduleText({ schedule }: { schedule: NeedScheduleView }) {
  if (schedule.kind === 'ONE_OFF') return <>one-off by {formatDate(schedule.startDate)}</>;
  return (
    <>
      {formatDate(schedule.startDate)} – {schedule.endDate ? formatDate(schedule.endDate) : 'open'}
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
  return (
    <dl className="facts">
      <div>
        <dt>Product</dt>
        <dd>
          <ProductName code={need.productCode} name={need.productName} />
        </dd>
      </div>
      <div>
        <dt>Volume</dt>
        <dd>{formatRate(need.quantity, need.unit, need.period)}</dd>
      </div>
      <div>
        <dt>Delivered to</dt>
        <dd>
          {formatCountry(need.deliveryCountry)}
          {place}
        </dd>
      </div>
      <div>
        <dt>Schedule</dt>
        <dd>
          <ScheduleText schedule={need.schedule} />
          <span className="block muted small">answers by {formatDate(need.responseDeadline)}</span>
        </dd>
      </div>
    </dl>
  );
}
