/**
 * SVG to PNG with resvg (its WebAssembly build: one package for every
 * platform, nothing native to install), at twice the size for slides, with
 * the export font loaded from its file (WebAssembly sees no system fonts, so
 * a PNG looks the same on every machine).
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { FontFiles } from './fonts';

let ready: Promise<void> | undefined;

export async function svgToPng(svg: string, wasm: Buffer, fonts: FontFiles, scale = 2): Promise<Buffer> {
  ready ??= initWasm(wasm);
  await ready;
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { fontBuffers: [fonts.regular, fonts.bold], defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
  });
  try {
    const image = resvg.render();
    try {
      return Buffer.from(image.asPng());
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}
