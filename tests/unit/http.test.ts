import { describe, expect, it, vi } from 'vitest';
import { fetchJson, fetchText } from '../../lib/sources/http';

const answer = (status: number, body: string) => Promise.resolve(new Response(body, { status }));

describe('fetchText', () => {
  it('returns the body of a good answer', async () => {
    const fetch = vi.fn(() => answer(200, 'hello'));
    expect(await fetchText('https://api.example.org/x', { fetch })).toEqual({
      ok: true,
      value: 'hello',
    });
  });

  it('retries once after a 5xx and reports the second failure', async () => {
    const fetch = vi.fn(() => answer(500, 'oops'));
    const result = await fetchText('https://api.example.org/x', { fetch });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(result).toMatchObject({ ok: false, status: 500, error: 'api.example.org answered 500' });
  });

  it('does not retry a rate limit', async () => {
    const fetch = vi.fn(() => answer(429, ''));
    const result = await fetchText('https://api.example.org/x', { fetch });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(result).toMatchObject({ ok: false, status: 429 });
  });

  it('gives up after the timeout instead of hanging', async () => {
    const fetch = vi.fn(
      (_url: string, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    );
    const result = await fetchText('https://api.example.org/x', { fetch, timeoutMs: 20 });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(result).toEqual({ ok: false, error: 'api.example.org did not answer within 0.02 s' });
  });

  it('turns a network error into a value', async () => {
    const fetch = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    const result = await fetchText('https://api.example.org/x', { fetch, retries: 0 });
    expect(result).toMatchObject({ ok: false });
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('fetchJson', () => {
  it('reports garbage as an error value', async () => {
    const fetch = vi.fn(() => answer(200, '<html>'));
    expect(await fetchJson('https://api.example.org/x', { fetch })).toEqual({
      ok: false,
      error: 'api.example.org answered something that is not JSON',
    });
  });
});
