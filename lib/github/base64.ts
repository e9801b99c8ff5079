/** Base64 for the Contents API, on `atob`/`btoa` (in browsers and Node ≥ 16), exact for any bytes. */

export function base64ToBytes(text: string): Uint8Array {
  // GitHub wraps the content at 60 characters with "\n".
  const binary = atob(text.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  // Chunks keep String.fromCharCode's argument list short; 3 bytes → 4 characters, no padding mid-way.
  const chunk = 0x6000;
  for (let i = 0; i < bytes.length; i += chunk) {
    out += btoa(String.fromCharCode(...bytes.subarray(i, i + chunk)));
  }
  return out;
}

export function textToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}
