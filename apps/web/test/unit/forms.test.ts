import { parseWithZod } from '@conform-to/zod/v4';
import {
  CreateCapacityEntrySchema,
  CreateProgrammeSchema,
  hsSubheadingField,
  UpdateCertificationSchema,
} from '@linkage/contracts';
import { z } from 'zod';
import { checkedWith } from '../../app/lib/form-schema';
import { listText } from '../../app/lib/list-field';
import { replyWithApiError } from '../../app/lib/results.server';
import { safeRedirectTo } from '../../app/lib/session.server';

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(entries)) data.set(k, v);
  return data;
};

test('form data is coerced and validated with the shared schema', () => {
  const ok = parseWithZod(
    form({
      productCode: '1515.90',
      productLabel: 'Argan oil',
      quantity: '12',
      unit: 't',
      period: 'MONTH',
      leadTimeDays: '',
    }),
    { schema: CreateCapacityEntrySchema },
  );
  expect(ok.status).toBe('success');
  if (ok.status === 'success') {
    expect(ok.value).toEqual({
      productCode: '151590',
      productLabel: 'Argan oil',
      quantity: 12,
      unit: 't',
      period: 'MONTH',
      availableMonths: [],
    });
  }
  const bad = parseWithZod(form({ productCode: '12', productLabel: '', quantity: '-1', unit: 't' }), {
    schema: CreateCapacityEntrySchema,
  });
  expect(bad.status).toBe('error');
  if (bad.status !== 'error') throw new Error('expected errors');
  expect(Object.keys(bad.error ?? {}).sort()).toEqual(['productCode', 'productLabel', 'quantity']);
});

test('API field errors are shown in place, with a summary at the top', () => {
  const submission = parseWithZod(form({ email: 'a@example.org' }), { schema: CreateCapacityEntrySchema });
  const reply = replyWithApiError(submission, {
    ok: false,
    status: 400,
    error: {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid',
      fields: { productCode: 'Unknown HS code' },
    },
  });
  expect(reply.error).toMatchObject({
    '': ['Please correct the highlighted fields.'],
    productCode: ['Unknown HS code'],
  });
});

test('API errors on the items of a list typed as one field are shown on that field', () => {
  const submission = parseWithZod(form({}), { schema: CreateCapacityEntrySchema });
  const reply = replyWithApiError(
    submission,
    {
      ok: false,
      status: 400,
      error: {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Invalid',
        fields: { 'scopeSites.0': 'Too long', 'scopeSites.3': 'Empty', validUntil: 'Use a date' },
      },
    },
    { listFields: ['scopeSites'] },
  );
  expect(reply.error).toMatchObject({ scopeSites: ['Too long', 'Empty'], validUntil: ['Use a date'] });
});

test('a list typed as text is split, checked item by item and normalised', () => {
  const codes = listText(z.array(hsSubheadingField).max(3, { error: 'List at most 3 product codes' }));
  expect(codes.parse('0804.10, 151590\n')).toEqual(['080410', '151590']);
  expect(codes.parse(undefined)).toEqual([]);
  const bad = codes.safeParse('080410, 12');
  expect(bad.success).toBe(false);
  expect(bad.error?.issues[0]?.message).toMatch(/^12: /);
  expect(codes.safeParse('010110, 020110, 030110, 040110').error?.issues[0]?.message).toBe(
    'List at most 3 product codes',
  );
});

test('a list typed as text keeps the rules of the contract’s list: each item once', () => {
  const countries = listText(CreateProgrammeSchema.shape.scopeCountries.unwrap());
  expect(countries.parse('ma, pe')).toEqual(['MA', 'PE']);
  expect(countries.safeParse('MA, ma').error?.issues.map((i) => i.message)).toEqual([
    'Name each country once',
  ]);
});

test('a form’s output is checked once more by the API schema, its message on the field it names', () => {
  const dates = z
    .object({ validFrom: z.string(), validUntil: z.string() })
    .superRefine(checkedWith(UpdateCertificationSchema));
  expect(dates.safeParse({ validFrom: '2027-01-01', validUntil: '2027-06-30' }).success).toBe(true);
  expect(dates.safeParse({ validFrom: '2027-07-01', validUntil: '2027-06-30' }).error?.issues).toEqual([
    expect.objectContaining({ path: ['validUntil'], message: 'The certificate must start before it ends' }),
  ]);
});

test('an API refusal without fields shows its message', () => {
  const submission = parseWithZod(form({}), { schema: CreateCapacityEntrySchema });
  const reply = replyWithApiError(submission, {
    ok: false,
    status: 403,
    error: { statusCode: 403, error: 'Forbidden', message: 'Only owners and admins may record capacity' },
  });
  expect(reply.error?.['']).toEqual(['Only owners and admins may record capacity']);
});

test.each([
  ['/organisations/1', '/organisations/1'],
  ['//evil.example', '/dashboard'],
  ['/\\evil.example', '/dashboard'],
  ['https://evil.example', '/dashboard'],
  // Browsers drop tabs and line feeds inside a URL: these are "//evil.example/x" to them.
  ['/\t/evil.example/x', '/dashboard'],
  ['/\n/evil.example/x', '/dashboard'],
  ['/\r\n/evil.example', '/dashboard'],
  ['/%2F/evil.example', '/%2F/evil.example'],
  ['/search?q=argan#results', '/search?q=argan#results'],
  ['/a/../b', '/b'],
  [null, '/dashboard'],
  ['', '/dashboard'],
])('safeRedirectTo(%p) is %p', (input, expected) => {
  expect(safeRedirectTo(input)).toBe(expected);
});
