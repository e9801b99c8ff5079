// @vitest-environment jsdom
/**
 * Issue 12.9: the preview never fetches an image by itself. Remote images become
 * placeholders naming them; only when the user asks are they fetched (by the page, on its
 * own terms) and shown as `data:` URLs, which the extension's CSP allows.
 */
import { describe, expect, it } from 'vitest';
import { renderPreview } from '../../components/library/preview';
import { loadRemoteImages, MAX_IMAGE_BYTES } from '../../components/library/remote-images';

const BADGE = 'https://img.shields.io/github/stars/a/b';
const markdown = [
  `- [Repo](https://github.com/a/b) ![stars](${BADGE})`,
  '- <img src="https://tracker.example/pixel.gif" srcset="https://tracker.example/2x.gif 2x">',
  '- <video src="https://tracker.example/v.mp4" poster="https://tracker.example/p.png"></video>',
  '- <svg><image href="https://tracker.example/svg.png"/></svg>',
  '- ![inline](data:image/png;base64,iVBORw0KGgo=)',
].join('\n');

function html(text: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = text;
  return div;
}

describe('the Markdown preview', () => {
  it('shows remote images as placeholders and names them, leaving no remote reference', () => {
    const preview = renderPreview(markdown, window);
    expect(preview.remote).toEqual([BADGE, 'https://tracker.example/pixel.gif']);
    expect(preview.html).not.toMatch(/tracker\.example\/(2x|v\.mp4|p\.png|svg\.png)/);
    const root = html(preview.html);
    expect(root.querySelectorAll('img')).toHaveLength(1); // the data: one
    expect(root.querySelector('img')?.getAttribute('src')).toMatch(/^data:/);
    expect(root.textContent).toContain(`[image: stars — ${BADGE}]`);
  });

  it('shows images the user loaded from their data: URLs', () => {
    const data = 'data:image/svg+xml;base64,PHN2Zy8+';
    const root = html(renderPreview(markdown, window, new Map([[BADGE, data]])).html);
    expect(root.querySelector('img[alt="stars"]')?.getAttribute('src')).toBe(data);
  });
});

describe('loading images on request', () => {
  function answer(body: BodyInit, type: string, status = 200): Response {
    return new Response(body, { status, headers: { 'content-type': type } });
  }

  it('keeps images, refuses what is not an image, too large or an error', async () => {
    const bodies: Record<string, Response> = {
      'https://a/ok.svg': answer('<svg/>', 'image/svg+xml'),
      'https://a/page': answer('<html>', 'text/html'),
      'https://a/big.png': answer(new Uint8Array(MAX_IMAGE_BYTES + 1), 'image/png'),
      'https://a/404.png': answer('', 'image/png', 404),
    };
    const asked: RequestInit[] = [];
    const { images, failed } = await loadRemoteImages(Object.keys(bodies), async (url, init) => {
      asked.push(init ?? {});
      const response = bodies[url];
      if (!response) throw new TypeError('network');
      return response;
    });
    expect([...images.keys()]).toEqual(['https://a/ok.svg']);
    expect(images.get('https://a/ok.svg')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
    expect(failed).toBe(3);
    expect(asked.every((init) => init.credentials === 'omit')).toBe(true);
  });
});
