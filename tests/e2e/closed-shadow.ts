/**
 * Test access to what the extension renders in CLOSED shadow roots (the listing pages' Save
 * buttons), and to the extension's content-script world. Playwright's locators, like page
 * scripts, cannot enter a closed root; the DevTools protocol can. Clicks and keys go
 * through Playwright's mouse and keyboard, so the page receives them as trusted events,
 * as it would from a person.
 */
import type { CDPSession, Page } from '@playwright/test';

interface DomNode {
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

export interface ShadowElement {
  backendNodeId: number;
  tag: string;
  attributes: Record<string, string>;
  text: string;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let opened = sessions.get(page);
  if (!opened) {
    opened = page.context().newCDPSession(page);
    sessions.set(page, opened);
  }
  return opened;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  return (node.children ?? []).map(textOf).join('');
}

/** Every element inside a closed shadow root of the page, in document order. */
export async function closedShadowElements(page: Page): Promise<ShadowElement[]> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const found: ShadowElement[] = [];
  const visit = (node: DomNode, inClosed: boolean) => {
    if (inClosed && node.nodeType === 1) {
      const pairs = node.attributes ?? [];
      const attributes: Record<string, string> = {};
      for (let k = 0; k < pairs.length; k += 2) attributes[pairs[k] as string] = pairs[k + 1] ?? '';
      found.push({
        backendNodeId: node.backendNodeId,
        tag: node.nodeName.toLowerCase(),
        attributes,
        text: textOf(node),
      });
    }
    for (const shadow of node.shadowRoots ?? []) {
      visit(shadow, inClosed || shadow.shadowRootType === 'closed');
    }
    for (const child of node.children ?? []) visit(child, inClosed);
  };
  visit(root, false);
  return found;
}

/** The element of a closed root with this aria-label; throws when there is none. */
export async function shadowElement(page: Page, label: string): Promise<ShadowElement> {
  const found = (await closedShadowElements(page)).find(
    (element) => element.attributes['aria-label'] === label,
  );
  if (!found) throw new Error(`no element labelled "${label}" in a closed shadow root`);
  return found;
}

/** Clicks an element of a closed root with the mouse (a trusted click). */
export async function clickInShadow(page: Page, label: string): Promise<void> {
  const { backendNodeId } = await shadowElement(page, label);
  const cdp = await session(page);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

/** A form control's current value (a property, which the DOM tree does not carry). */
export async function shadowValue(page: Page, label: string): Promise<string> {
  const { backendNodeId } = await shadowElement(page, label);
  const cdp = await session(page);
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as {
    object: { objectId: string };
  };
  const { result } = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { return this.value; }',
    returnByValue: true,
  })) as { result: { value: string } };
  return result.value;
}

/** Waits until the element labelled so reads `text` (polling the DevTools DOM). */
export async function expectShadowText(page: Page, label: string, text: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  let last = '';
  while (Date.now() < deadline) {
    last = (await shadowElement(page, label).catch(() => undefined))?.text ?? '';
    if (last === text) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`"${label}" reads "${last}", expected "${text}"`);
}

/**
 * Runs an expression in the extension's content-script world of the page (its isolated
 * world, where `chrome.runtime` talks to the background) and returns its value.
 */
export async function evaluateInContentScript<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = contexts.find(
    (context) => context.auxData?.type === 'isolated' && context.name === 'Paper Shelf',
  );
  if (!world) throw new Error('no Paper Shelf content script runs in this page');
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string } };
  await cdp.detach();
  if (exceptionDetails) throw new Error(`content-script world: ${exceptionDetails.text}`);
  return result.value;
}
