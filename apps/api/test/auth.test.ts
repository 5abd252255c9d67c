import { type TestApp, createTestApp, signUp, uniqueEmail } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('accounts', () => {
  it('signs up, returns a session token, and knows the user', async () => {
    const actor = await signUp(t, 'alice');
    const me = await t.http().get('/auth/me').set(actor.auth).expect(200);
    expect(me.body.user).toMatchObject({ email: actor.email, platformRole: null });
    expect(me.body.organisations).toEqual([]);
  });

  it('stores only a hash of the password and of the session token', async () => {
    const actor = await signUp(t, 'hash');
    const [user] = await t.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [actor.userId]);
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await t.dataSource.query('SELECT token_hash FROM auth_sessions WHERE user_id = $1', [
      actor.userId,
    ]);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].token_hash).not.toContain(actor.token);
  });

  it('rejects a second account with the same e-mail, naming the field', async () => {
    const email = uniqueEmail('dup');
    await t.http().post('/auth/sign-up').send({ name: 'A', email, password: 'long enough pw' }).expect(201);
    const res = await t
      .http()
      .post('/auth/sign-up')
      .send({ name: 'B', email: email.toUpperCase(), password: 'long enough pw' })
      .expect(409);
    expect(res.body.fields).toHaveProperty('email');
  });

  it('signs in with the right password and refuses a wrong one', async () => {
    const actor = await signUp(t, 'bob');
    await t
      .http()
      .post('/auth/sign-in')
      .send({ email: actor.email, password: 'correct horse battery' })
      .expect(200);
    const wrong = await t
      .http()
      .post('/auth/sign-in')
      .send({ email: actor.email, password: 'wrong password!' })
      .expect(401);
    expect(wrong.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
    await t
      .http()
      .post('/auth/sign-in')
      .send({ email: uniqueEmail('nobody'), password: 'whatever123' })
      .expect(401);
  });

  it('signs out: the token stops working', async () => {
    const actor = await signUp(t, 'carol');
    await t.http().post('/auth/sign-out').set(actor.auth).expect(204);
    await t.http().get('/auth/me').set(actor.auth).expect(401);
  });

  it('refuses anonymous and forged tokens on private routes', async () => {
    await t.http().get('/auth/me').expect(401);
    await t.http().get('/auth/me').set({ Authorization: 'Bearer forged-token' }).expect(401);
  });
});

describe('language preference', () => {
  it('starts unchosen, saves a chosen language, and forgets it on null', async () => {
    const actor = await signUp(t, 'locale');
    const before = await t.http().get('/auth/me').set(actor.auth).expect(200);
    expect(before.body.user.locale).toBeNull();

    const saved = await t.http().patch('/auth/me').set(actor.auth).send({ locale: 'fr' }).expect(200);
    expect(saved.body.locale).toBe('fr');
    const after = await t.http().get('/auth/me').set(actor.auth).expect(200);
    expect(after.body.user.locale).toBe('fr');

    await t.http().patch('/auth/me').set(actor.auth).send({ locale: null }).expect(200);
    const forgotten = await t.http().get('/auth/me').set(actor.auth).expect(200);
    expect(forgotten.body.user.locale).toBeNull();
  });

  it('refuses a language the portal does not speak, naming the field', async () => {
    const actor = await signUp(t, 'locale-bad');
    const res = await t.http().patch('/auth/me').set(actor.auth).send({ locale: 'de' }).expect(400);
    expect(res.body.fields).toHaveProperty('locale');
    await t.http().patch('/auth/me').send({ locale: 'fr' }).expect(401);
  });
});
