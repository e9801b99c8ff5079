/**
 * "Load images from the web" in the preview: each image is fetched here, on the user's word,
 * and shown as a `data:` URL (the extension's CSP allows no image from the web directly).
 * Only images are kept (by content type), each up to MAX_IMAGE_BYTES; a site that refuses
 * (no CORS, an error, not an image) leaves the placeholder, and the count says so.
 */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export interface LoadedImages {
  images: Map<string, string>;
  failed: number;
}

export async function loadRemoteImages(
  urls: string[],
  fetcher: (url: string, init?: RequestInit) => Promise<Response>,
): Promise<LoadedImages> {
  const images = new Map<string, string>();
  let failed = 0;
  await Promise.all(
    urls.map(async (url) => {
      try {
        const response = await fetcher(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
        const type = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
        if (!response.ok || !type.startsWith('image/'))
          throw new Error(`${response.status} ${type}`);
        const bytes = new Uint8Array(await response.arrayBuffer());
        if (bytes.byteLength > MAX_IMAGE_BYTES) throw new Error('too large');
        images.set(url, `data:${type};base64,${base64(bytes)}`);
      } catch {
        failed++;
      }
    }),
  );
  return { images, failed };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks, not String.fromCharCode(...bytes): a spread of a large image overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x2000) {
    binary += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x2000)));
  }
  return btoa(binary);
}
