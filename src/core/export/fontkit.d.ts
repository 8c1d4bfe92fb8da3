// The part of fontkit (a pdfkit dependency, also used directly to measure text) that the exports use.
declare module 'fontkit' {
  export function create(buffer: Buffer): unknown;
}
