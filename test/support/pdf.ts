import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, type PDFPage } from 'pdf-lib';

/** The bytes of a page's content streams, decoded. */
function pageContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? Array.from({ length: contents.size() }, (_, index) => contents.lookup(index)) : [contents];
  return streams
    .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
    .map((stream) => Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1'))
    .join('\n');
}

/**
 * The text a PDF shows, one line for each text it draws, as a reader of the paper sees it. Reads what pdf-lib
 * writes with a standard font (hex strings in WinAnsi, Windows-1252).
 */
export async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const winAnsi = new TextDecoder('windows-1252');
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.getPages().flatMap((page) =>
    [...pageContent(page).matchAll(/<([0-9A-Fa-f\s]*)>\s*Tj/g)].map((match) => winAnsi.decode(Buffer.from(match[1].replace(/\s+/g, ''), 'hex'))),
  );
}

/** The pictures on a PDF's pages (8-bit RGB images, as pdf-lib embeds a PNG), as RGBA pixels for a QR reader. */
export async function pdfImages(bytes: Uint8Array): Promise<{ width: number; height: number; rgba: Uint8ClampedArray }[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const images: { width: number; height: number; rgba: Uint8ClampedArray }[] = [];
  for (const page of pdf.getPages()) {
    const objects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const key of objects?.keys() ?? []) {
      const image = objects!.lookup(key);
      if (!(image instanceof PDFRawStream) || image.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
      const width = (image.dict.lookup(PDFName.of('Width'), PDFNumber)).asNumber();
      const height = (image.dict.lookup(PDFName.of('Height'), PDFNumber)).asNumber();
      const rgb = decodePDFRawStream(image).decode();
      if (rgb.length !== width * height * 3) continue;
      const rgba = new Uint8ClampedArray(width * height * 4);
      for (let at = 0; at < width * height; at += 1) {
        rgba.set(rgb.subarray(at * 3, at * 3 + 3), at * 4);
        rgba[at * 4 + 3] = 255;
      }
      images.push({ width, height, rgba });
    }
  }
  return images;
}
