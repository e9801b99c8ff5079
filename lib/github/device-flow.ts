/**
 * Signing in without pasting a token: GitHub's OAuth device flow for a GitHub App whose
 * client id is configured at build time
 * (https://docs.github.com/en/apps/creating-github-apps/writing-code-for-a-github-app/building-a-cli-with-a-github-app
 * and /authorizing-oauth-apps#device-flow). The extension asks for a code, the person
 * enters it at github.com/login/device, and the extension polls until GitHub hands out
 * the user access token, waiting `interval` seconds between polls (5 more on `slow_down`).
 */
import { defaultSleep, type Fetch } from './client';
import { GitHubError } from './errors';

export interface DeviceCode {
  deviceCode: string;
  /** What the person types at `verificationUri`. */
  userCode: string;
  verificationUri: string;
  expiresIn: number;
  interval: number;
}

export interface DeviceFlowOptions {
  fetch: Fetch;
  clientId: string;
  /** `https://github.com`, or a GitHub Enterprise Server's web address. */
  webBase?: string;
}

async function post(options: DeviceFlowOptions, path: string, form: Record<string, string>) {
  const base = (options.webBase ?? 'https://github.com').replace(/\/+$/, '');
  let response: Response;
  try {
    response = await options.fetch(`${base}${path}`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  } catch {
    throw new GitHubError(
      'network',
      'GitHub could not be reached to sign in: try again when you are online.',
    );
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    throw new GitHubError(
      'unexpected',
      `GitHub refused to start signing in (${response.status}${body.error ? `, ${String(body.error)}` : ''}): check the app's client id and that device flow is enabled for it.`,
      response.status,
    );
  }
  return body;
}

export async function requestDeviceCode(options: DeviceFlowOptions): Promise<DeviceCode> {
  const body = await post(options, '/login/device/code', { client_id: options.clientId });
  if (typeof body.device_code !== 'string' || typeof body.user_code !== 'string') {
    const why = typeof body.error === 'string' ? body.error : 'no code in the answer';
    throw new GitHubError(
      'unexpected',
      `GitHub did not start signing in (${why}): is device flow enabled for the app?`,
    );
  }
  return {
    deviceCode: body.device_code,
    userCode: body.user_code,
    verificationUri:
      typeof body.verification_uri === 'string'
        ? body.verification_uri
        : 'https://github.com/login/device',
    expiresIn: Number(body.expires_in) || 900,
    interval: Number(body.interval) || 5,
  };
}

export async function pollForToken(
  options: DeviceFlowOptions & {
    code: DeviceCode;
    sleep?: (ms: number) => Promise<void>;
    now?: () => number;
    /** Stops polling when it returns true (the person closed the dialog). */
    cancelled?: () => boolean;
  },
): Promise<string> {
  const sleep = options.sleep ?? defaultSleep;
  const now = options.now ?? Date.now;
  const deadline = now() + options.code.expiresIn * 1000;
  let interval = options.code.interval;
  for (;;) {
    await sleep(interval * 1000);
    if (options.cancelled?.())
      throw new GitHubError('invalid', 'Signing in to GitHub was cancelled.');
    if (now() > deadline) break;
    const body = await post(options, '/login/oauth/access_token', {
      client_id: options.clientId,
      device_code: options.code.deviceCode,
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
    });
    if (typeof body.access_token === 'string' && body.access_token) return body.access_token;
    switch (body.error) {
      case 'authorization_pending':
        continue;
      case 'slow_down':
        interval = Number(body.interval) || interval + 5;
        continue;
      case 'expired_token':
        break;
      case 'access_denied':
        throw new GitHubError(
          'unauthorized',
          'Signing in was declined on GitHub: nothing was connected.',
        );
      default:
        throw new GitHubError(
          'unexpected',
          `GitHub stopped the sign-in (${String(body.error ?? 'no token in the answer')}): start again.`,
        );
    }
    break;
  }
  throw new GitHubError(
    'unauthorized',
    'The sign-in code expired before it was entered: start again.',
  );
}
