import './support/low-rate-limits.js';
import { Redis } from 'ioredis';
import { type TestApp, createTestApp, uniqueEmail } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const password = 'correct horse battery staple';

describe('brute force', () => {
  it('makes an account wait after repeated wrong passwords, before hashing anything, and forgets on success', async () => {
    const email = uniqueEmail('target');
    // Sign-ups from a "different" address each (the API trusts X-Forwarded-For from loopback only).
    await t
      .http()
      .post('/auth/sign-up')
      .set('X-Forwarded-For', '203.0.113.10')
      .send({ name: 'Target', email, password })
      .expect(201);
    const from = (n: number) => ({ 'X-Forwarded-For': `198.51.100.${n}` });
    for (let i = 0; i < 3; i++) {
      await t
        .http()
        .post('/auth/sign-in')
        .set(from(i))
        .send({ email, password: `wrong ${i} horse` })
        .expect(401);
    }
    // The fourth try, even with the right password and from another address, must wait.
    const blocked = await t.http().post('/auth/sign-in').set(from(9)).send({ email, password }).expect(429);
    const wait = Number(blocked.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(30);
    expect(blocked.body).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      fields: { password: expect.stringMatching(/try again in \d+ seconds/) },
    });

    // Once the wait is over (shortened here by clearing it), the right password works and clears the count.
    const client = new Redis(process.env.REDIS_URL!);
    await client.del(`${process.env.RATE_LIMIT_PREFIX}sign-in:wait:${email}`);
    await t.http().post('/auth/sign-in').set(from(10)).send({ email, password }).expect(200);
    expect(await client.exists(`${process.env.RATE_LIMIT_PREFIX}sign-in:failures:${email}`)).toBe(0);
    client.disconnect();
  });

  it('backs off unknown e-mails too, so the answers do not tell which accounts exist', async () => {
    const email = uniqueEmail('nobody');
    for (let i = 0; i < 3; i++) {
      await t
        .http()
        .post('/auth/sign-in')
        .set('X-Forwarded-For', `192.0.2.${i}`)
        .send({ email, password: 'wrong horse' })
        .expect(401);
    }
    await t
      .http()
      .post('/auth/sign-in')
      .set('X-Forwarded-For', '192.0.2.99')
      .send({ email, password: 'wrong horse' })
      .expect(429);
  });
});

describe('limits per address', () => {
  it('answers 429 with Retry-After once an address signs in too often, and counts other addresses apart', async () => {
    const results: number[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await t
        .http()
        .post('/auth/sign-in')
        .set('X-Forwarded-For', '203.0.113.77')
        .send({ email: uniqueEmail('any'), password });
      results.push(res.status);
      if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(results.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(results[8]).toBe(429);
    await t
      .http()
      .post('/auth/sign-in')
      .set('X-Forwarded-For', '203.0.113.78')
      .send({ email: uniqueEmail('any'), password })
      .expect(401);
  });

  it('limits sign-ups per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t
        .http()
        .post('/auth/sign-up')
        .set('X-Forwarded-For', '203.0.113.200')
        .send({ name: 'Spam', email: uniqueEmail('spam'), password });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});

describe('passwords', () => {
  it('refuses a password that is easy to guess or is the e-mail itself, saying why', async () => {
    for (const weak of ['aaaaaaaaaa', 'password123']) {
      const res = await t
        .http()
        .post('/auth/sign-up')
        .set('X-Forwarded-For', `203.0.113.${weak.length}`)
        .send({ name: 'Weak', email: uniqueEmail('weak'), password: weak })
        .expect(400);
      expect(res.body.fields.password).toMatch(/^Choose a harder password\./);
    }
    const email = uniqueEmail('self');
    const res = await t
      .http()
      .post('/auth/sign-up')
      .set('X-Forwarded-For', '203.0.113.50')
      .send({ name: 'Self', email, password: email })
      .expect(400);
    expect(res.body.fields).toHaveProperty('password');
  });
});
