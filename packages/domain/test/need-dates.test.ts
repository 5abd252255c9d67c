import { pastNeedDates } from '../src/index.js';

describe('dates of a need open to suppliers', () => {
  const today = '2026-12-03';

  it('accepts a deadline and a first delivery today or later', () => {
    expect(
      pastNeedDates({ responseDeadline: today, scheduleKind: 'ONE_OFF', startDate: today }, today),
    ).toEqual([]);
  });

  it('names the deadline and the deliver-by date of a one-off need that have passed', () => {
    expect(
      pastNeedDates(
        { responseDeadline: '2026-12-02', scheduleKind: 'ONE_OFF', startDate: '2026-11-30' },
        today,
      ),
    ).toEqual([
      { field: 'responseDeadline', message: 'The response deadline 2026-12-02 has already passed' },
      { field: 'schedule.deliverBy', message: 'The delivery date 2026-11-30 has already passed' },
    ]);
  });

  it('names the start of a recurring need whose first delivery has passed', () => {
    expect(
      pastNeedDates(
        { responseDeadline: '2026-12-20', scheduleKind: 'RECURRING', startDate: '2026-12-01' },
        today,
      ),
    ).toEqual([
      { field: 'schedule.startDate', message: 'The first delivery, 2026-12-01, has already passed' },
    ]);
  });

  it("names a requirement's obtain-by date that has passed", () => {
    expect(
      pastNeedDates(
        { responseDeadline: today, scheduleKind: 'ONE_OFF', startDate: today, requirements: [{ obtainBy: null }, { obtainBy: '2026-12-01' }] },
        today,
      ),
    ).toEqual([{ field: 'requirements.1.obtainBy', message: 'The date to obtain it by, 2026-12-01, has already passed' }]);
  });
});
