import type { BrowserContext } from 'playwright-core';

/**
 * Samples the extension service worker's JS heap through the DevTools protocol (service workers
 * have no performance.memory): a page's session attaches to the worker's target and asks
 * Runtime.getHeapUsage every `intervalMs`. Returns a stop() that gives the highest value in MB.
 */
export async function sampleWorkerHeap(
  context: BrowserContext,
  extensionId: string,
  intervalMs = 100,
): Promise<() => Promise<{ peakMb: number; lastMb: number; samples: number } | null>> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: Array<{ targetId: string; type: string; url: string }>;
  };
  const target = targetInfos.find((info) => info.type === 'service_worker' && info.url.includes(extensionId));
  if (!target) return async () => null;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  let next = 1;
  const waiting = new Map<number, (value: { usedSize: number }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: { usedSize: number } };
    if (message.id !== undefined && message.result) waiting.get(message.id)?.(message.result);
  });
  const usage = () =>
    new Promise<number>((resolve) => {
      const id = next++;
      waiting.set(id, (result) => resolve(result.usedSize / 1_048_576));
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
      });
      setTimeout(() => resolve(NaN), 2000);
    });
  let peak = 0;
  let last = 0;
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const mb = await usage();
      if (!Number.isNaN(mb)) {
        samples++;
        last = mb;
        peak = Math.max(peak, mb);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return async () => {
    running = false;
    await loop;
    await cdp.detach().catch(() => undefined);
    return samples ? { peakMb: peak, lastMb: last, samples } : null;
  };
}
