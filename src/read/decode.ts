// Bytes → text. Input that is not valid UTF-8 is decoded with replacement characters and a warning.
const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export function decodeBytes(uri: string, bytes: Uint8Array): { text: string; warnings: string[] } {
  try {
    return { text: strip(strict.decode(bytes)), warnings: [] };
  } catch {
    return {
      text: strip(lenient.decode(bytes)),
      warnings: [`${uri}: not valid UTF-8; undecodable bytes were replaced with U+FFFD`],
    };
  }
}

const strip = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
