import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext, type TestInfo } from '@playwright/test';
import { E2E_USERS, forAttempt } from '../fixtures/users';
import { queryRows } from '../support/database';
import {
  expectSignedIn,
  getCsrfToken,
  LOCKED_MESSAGE,
  pageFrom,
  postCredentials,
  signInAlert,
  signInThroughForm,
  type SignInAttempt,
} from '../support/sign-in';

// Credential stuffing against the sign-in (lib/auth/sign-in.ts): 5 failures per account
// and 20 per address in 15 minutes. Addresses are spoofed the way lib/security/client-ip.ts
// trusts them (the last X-Forwarded-For entry, which the reverse proxy writes), from
// 198.18.0.0/15, which no other spec uses; the accounts are this file's own
// (e2e/fixtures/users.ts), so no other test is ever locked out.
const ACCOUNT_LIMIT = 5;
const ADDRESS_LIMIT = 20;

/** An address of this test and attempt: a retry must not start from its first try's counters. */
const address = (testInfo: TestInfo, block: number, host: number) => `198.${18 + (testInfo.retry % 2)}.${block}.${host}`;
const unknownEmail = (run: string, i: number) => `khong-ton-tai-${run}-${i}@e2e.phuochung.vn`;

// Dozens of sign-ins one after the other, each with its argon2 check.
test.describe.configure({ timeout: 120_000 });

let api: APIRequestContext;
test.beforeEach(async ({ playwright, baseURL }) => {
  api = await playwright.request.newContext({ baseURL });
});
test.afterEach(() => api.dispose());

/** How many passwords the server has checked (and refused) for these emails: one audit entry each. */
async function passwordsChecked(emailLike: string): Promise<number> {
  const [{ n }] = await queryRows<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM "AuditLog" WHERE "action" = 'auth.sign-in-failed' AND "detail" LIKE '%"email":"${emailLike}"%'`,
  );
  return Number(n);
}

/** Sessions ever opened for an account (a successful sign-in opens one). */
async function sessionsOf(email: string): Promise<number> {
  const [{ n }] = await queryRows<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM "UserSession" s JOIN "User" u ON u."id" = s."userId" WHERE u."email" = '${email}'`,
  );
  return Number(n);
}

test('one address trying many accounts is stopped after 20 failures, even with a right password, while another address signs in', async ({ browser }, testInfo) => {
  const real = forAttempt(E2E_USERS.stuffedA, testInfo.retry);
  const other = forAttempt(E2E_USERS.stuffedB, testInfo.retry);
  const run = randomUUID().slice(0, 8);
  const attacker = address(testInfo, 1, 1);
  // Existing accounts (each tried fewer times than its own limit) and unknown ones, mixed.
  const targets = Array.from({ length: ADDRESS_LIMIT }, (_, i) => (i % 5 === 0 ? real.email : i % 5 === 1 ? other.email : unknownEmail(run, i)));
  const answers = [];
  for (const [i, email] of targets.entries()) answers.push(await postCredentials(api, { email, password: `doan-sai-${i}`, address: attacker }));
  expect(answers.slice(0, ADDRESS_LIMIT - 1).map((answer) => answer.code?.split(':')[0])).toEqual(Array(ADDRESS_LIMIT - 1).fill('wrong'));
  expect(answers.at(-1)!.message).toMatch(LOCKED_MESSAGE);

  // Every further attempt from that address is refused before any password is checked: an
  // unknown account, the right password of a real one (as sent, upper-cased, padded), and
  // the same sent as a plain HTML form post to next-auth's callback URL.
  const checkedBefore = await passwordsChecked(`%${run}%`);
  const refused = [
    { email: unknownEmail(run, 99), password: 'doan-sai' },
    { email: real.email, password: real.password },
    { email: real.email.toUpperCase(), password: real.password },
    { email: `  ${real.email}\t`, password: real.password },
  ];
  for (const credentials of refused) {
    const answer = await postCredentials(api, { ...credentials, address: attacker });
    expect(answer.signedIn, JSON.stringify(credentials)).toBe(false);
    expect(answer.message).toMatch(LOCKED_MESSAGE);
  }
  const formPost = await postCredentials(api, { email: real.email, password: real.password, address: attacker, json: false });
  expect(formPost.signedIn).toBe(false);
  expect(formPost.message).toMatch(LOCKED_MESSAGE);
  expect(await passwordsChecked(`%${run}%`)).toBe(checkedBefore);
  expect(await sessionsOf(real.email)).toBe(0);

  // What the person at that address sees on the sign-in page.
  const blockedPage = await pageFrom(browser, attacker);
  await signInThroughForm(blockedPage, real.email, real.password);
  await expect(signInAlert(blockedPage)).toHaveText(LOCKED_MESSAGE);
  await expect(blockedPage).toHaveURL(/\/dang-nhap/);
  await blockedPage.context().close();

  // The account itself is not locked (4 failures of its 5): from another address it signs in.
  const elsewhere = await pageFrom(browser, address(testInfo, 1, 2));
  await signInThroughForm(elsewhere, real.email, real.password);
  await expectSignedIn(elsewhere);
  await elsewhere.context().close();
});

test('a burst of parallel guesses from one address has no more passwords checked than the limit', async ({}, testInfo) => {
  const run = randomUUID().slice(0, 8);
  const attacker = address(testInfo, 2, 1);
  const csrfToken = await getCsrfToken(api);
  const answers = await Promise.all(
    Array.from({ length: 40 }, (_, i) => postCredentials(api, { email: unknownEmail(run, i), password: 'doan-sai', address: attacker, csrfToken })),
  );
  expect(answers.filter((answer) => answer.code?.startsWith('locked')).length).toBeGreaterThanOrEqual(40 - ADDRESS_LIMIT + 1);
  // Counting after the (slow) password check would let every request of a burst through.
  expect(await passwordsChecked(`%${run}%`)).toBe(ADDRESS_LIMIT);
});

test('one account guessed from many addresses is locked after 5 failures, even for the right password, and no other account is', async ({ browser }, testInfo) => {
  const target = forAttempt(E2E_USERS.manyAddresses, testInfo.retry);
  const bystander = forAttempt(E2E_USERS.bystander, testInfo.retry);
  const answers = [];
  for (let i = 1; i <= ACCOUNT_LIMIT; i++) {
    answers.push(await postCredentials(api, { email: target.email, password: `doan-sai-${i}`, address: address(testInfo, 3, i) }));
  }
  expect(answers.map((answer) => answer.code?.split(':')[0])).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked']);
  expect(answers[2].message).toBe('Email hoặc mật khẩu không đúng. Bạn còn 2 lần thử trước khi bị tạm khóa.');
  expect(answers[4].message).toMatch(LOCKED_MESSAGE);

  // The right password, from an address never seen before: still locked, no session opened.
  const right = await postCredentials(api, { email: target.email, password: target.password, address: address(testInfo, 3, 100) });
  expect(right.signedIn).toBe(false);
  expect(right.message).toMatch(LOCKED_MESSAGE);
  expect(await sessionsOf(target.email)).toBe(0);
  const page = await pageFrom(browser, address(testInfo, 3, 101));
  await signInThroughForm(page, target.email, target.password);
  await expect(signInAlert(page)).toHaveText(LOCKED_MESSAGE);

  // Another account signs in from the very addresses of the attack.
  for (const host of [1, ACCOUNT_LIMIT]) {
    const answer = await postCredentials(api, { email: bystander.email, password: bystander.password, address: address(testInfo, 3, host) });
    expect(answer.signedIn).toBe(true);
  }
  await page.context().close();
});

test('a burst of parallel guesses at one account has only 5 passwords checked, and the right one after it is refused', async ({}, testInfo) => {
  const target = forAttempt(E2E_USERS.burst, testInfo.retry);
  const csrfToken = await getCsrfToken(api);
  await Promise.all(
    Array.from({ length: 25 }, (_, i) =>
      postCredentials(api, { email: target.email, password: `doan-sai-${i}`, address: address(testInfo, 4, i + 1), csrfToken }),
    ),
  );
  expect(await passwordsChecked(target.email)).toBe(ACCOUNT_LIMIT);
  const right = await postCredentials(api, { email: target.email, password: target.password, address: address(testInfo, 4, 100) });
  expect(right.message).toMatch(LOCKED_MESSAGE);
});

test('variants of an email in case and spacing count against the same account', async ({}, testInfo) => {
  const target = forAttempt(E2E_USERS.variants, testInfo.retry);
  const [name, domain] = target.email.split('@');
  const variants = [target.email.toUpperCase(), ` ${target.email} `, `${name}@${domain.toUpperCase()}\t`, `\u00a0${name[0].toUpperCase()}${name.slice(1)}@${domain}`, `${target.email}  `];
  const answers = [];
  for (const [i, email] of variants.entries()) {
    answers.push(await postCredentials(api, { email, password: `doan-sai-${i}`, address: address(testInfo, 5, i + 1) }));
  }
  expect(answers.map((answer) => answer.code)).toEqual(['wrong:4', 'wrong:3', 'wrong:2', 'wrong:1', expect.stringMatching(/^locked:/)]);
  const right = await postCredentials(api, { email: target.email, password: target.password, address: address(testInfo, 5, 100) });
  expect(right.message).toMatch(LOCKED_MESSAGE);
});

test('a failed sign-in does not tell whether the account exists: same words, similar time', async ({}, testInfo) => {
  const known = forAttempt(E2E_USERS.timing, testInfo.retry);
  const run = randomUUID().slice(0, 8);
  let host = 0;
  const from = () => address(testInfo, 6, ++host);
  // Warm-up (not timed): the first unknown email also prepares the stand-in hash.
  await postCredentials(api, { email: unknownEmail(run, 1000), password: 'doan-sai', address: from() });
  await postCredentials(api, { email: known.email, password: known.password, address: from() });
  // A locked email: its attempts are refused before any password check, for reference.
  const locked = unknownEmail(run, 2000);
  for (let i = 0; i < ACCOUNT_LIMIT; i++) await postCredentials(api, { email: locked, password: 'doan-sai', address: from() });

  const SAMPLES = 20;
  const times = { known: [] as number[], unknown: [] as number[], locked: [] as number[] };
  for (let i = 1; i <= SAMPLES; i++) {
    const tryKnown = () => postCredentials(api, { email: known.email, password: `doan-sai-${i}`, address: from() });
    // one unknown email per round of four, like the known account between its resets
    const tryUnknown = () => postCredentials(api, { email: unknownEmail(run, Math.ceil(i / 4)), password: `doan-sai-${i}`, address: from() });
    // taking turns at going first, so that neither is always the one after a pause
    let existing: SignInAttempt;
    let missing: SignInAttempt;
    if (i % 2 === 0) {
      existing = await tryKnown();
      missing = await tryUnknown();
    } else {
      missing = await tryUnknown();
      existing = await tryKnown();
    }
    const refused = await postCredentials(api, { email: locked, password: `doan-sai-${i}`, address: from() });
    // Both are the first, second, … failure of their account: the very same answer.
    expect(missing.code).toBe(existing.code);
    expect(missing.message).toBe(existing.message);
    expect(refused.code).toMatch(/^locked:/);
    times.known.push(existing.ms);
    times.unknown.push(missing.ms);
    times.locked.push(refused.ms);
    // The right password resets the known account's count (its reply is not timed).
    if (i % 4 === 0) expect((await postCredentials(api, { email: known.email, password: known.password, address: from() })).signedIn).toBe(true);
  }
  // Load on the machine only ever adds time, so the lower quartile is the steadier figure.
  const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)];
  const describe = (values: number[]) => `${quantile(values, 0.25).toFixed(0)}/${quantile(values, 0.5).toFixed(0)} ms`;
  const figures =
    `${SAMPLES} failed sign-ins each, lower quartile/median: existing account ${describe(times.known)}, ` +
    `unknown email ${describe(times.unknown)}; refused before any password check (locked) ${describe(times.locked)}`;
  console.log(`[sign-in timing] ${figures}`);
  testInfo.annotations.push({ type: 'sign-in timing', description: figures });
  // That an unknown email gets its argon2 check is proven exactly by lib/auth/sign-in.test.ts;
  // wall-clock time on a shared machine only catches a gross difference.
  const ratio = quantile(times.unknown, 0.25) / quantile(times.known, 0.25);
  expect(ratio).toBeGreaterThan(0.5);
  expect(ratio).toBeLessThan(2);
});
