// Bytes of a web page → text. The charset comes from, in the order browsers trust them: a byte-order mark, the
// HTTP Content-Type header, a <meta> declaration near the top; an undeclared page is tried as UTF-8 and then as
// Windows-1252 (what browsers assume for undeclared Western pages). Binary files are refused with an Error.

export type Decoded = { text: string; charset: string; warnings: string[] };

// Browsers look for <meta charset> in the first 1024 bytes; real pages sometimes put it after long comments or
// inline styles, so we look a little further. The prescan only reads ASCII, which every candidate charset shares.
const PRESCAN_BYTES = 8192;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_CHARSET = /charset\s*=\s*["']?\s*([\w.:-]+)/i;

export function decodeHtml(uri: string, bytes: Uint8Array, contentType?: string): Decoded {
  const bom = byteOrderMark(bytes);
  if (bom) return { text: new TextDecoder(bom.charset).decode(bytes.subarray(bom.length)), charset: bom.charset, warnings: [] };
  if (looksBinary(bytes)) throw new Error(`${uri}: binary content (not a text or HTML page)`);
  const warnings: string[] = [];
  const fromHeader = contentType ? HEADER_CHARSET.exec(contentType)?.[1] : undefined;
  const fromMeta = fromHeader ? undefined : META_CHARSET.exec(asciiPrefix(bytes))?.[1];
  const declared = fromHeader ?? fromMeta;
  if (declared) {
    const decoder = decoderFor(declared);
    if (decoder) return decodeWith(uri, bytes, decoder, warnings);
    warnings.push(`${uri}: unknown charset "${declared}"; read as UTF-8`);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', warnings };
  } catch {
    if (declared) return decodeWith(uri, bytes, new TextDecoder('utf-8'), warnings);
    warnings.push(`${uri}: no charset declared and not valid UTF-8; read as windows-1252`);
    return { text: new TextDecoder('windows-1252').decode(bytes), charset: 'windows-1252', warnings };
  }
}

function decodeWith(uri: string, bytes: Uint8Array, decoder: TextDecoder, warnings: string[]): Decoded {
  try {
    const text = new TextDecoder(decoder.encoding, { fatal: true }).decode(bytes);
    return { text, charset: decoder.encoding, warnings };
  } catch {
    warnings.push(`${uri}: bytes that are not valid ${decoder.encoding} were replaced with U+FFFD`);
    return { text: decoder.decode(bytes), charset: decoder.encoding, warnings };
  }
}

function decoderFor(label: string): TextDecoder | null {
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase());
    // A page that reached us as bytes we could read as ASCII cannot be UTF-16; browsers read it as UTF-8.
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
  } catch {
    return null;
  }
}

function byteOrderMark(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  return null;
}

function asciiPrefix(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
}

/** NUL bytes or many control characters in the first kilobytes: an image, archive or executable, not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, PRESCAN_BYTES);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i];
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return length > 0 && control / length > 0.1;
}
