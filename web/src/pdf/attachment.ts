import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFStream, PDFString, decodePDFRawStream } from 'pdf-lib';

/** The file name the certificate gives the credential it carries (see certificate.ts). */
export const CREDENTIAL_ATTACHMENT = 'credential.vc.jwt';

/**
 * The files embedded in a PDF (its EmbeddedFiles name tree), as name and bytes. Reads the PDF's structure
 * only; nothing in it runs.
 */
export async function pdfAttachments(bytes: Uint8Array): Promise<{ name: string; bytes: Uint8Array }[]> {
  const pdf = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const found: { name: string; bytes: Uint8Array }[] = [];
  const visit = (node: PDFDict, depth: number) => {
    if (depth > 8) return;
    const leaves = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let index = 0; leaves && index + 1 < leaves.size(); index += 2) {
      const spec = leaves.lookupMaybe(index + 1, PDFDict);
      const file = spec?.lookupMaybe(PDFName.of('EF'), PDFDict)?.lookupMaybe(PDFName.of('F'), PDFStream);
      if (!spec || !(file instanceof PDFRawStream)) continue;
      const label = spec.lookupMaybe(PDFName.of('UF'), PDFString, PDFHexString) ?? spec.lookupMaybe(PDFName.of('F'), PDFString, PDFHexString);
      found.push({ name: label?.decodeText() ?? '', bytes: decodePDFRawStream(file).decode() });
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let index = 0; kids && index < kids.size(); index += 1) {
      const kid = kids.lookupMaybe(index, PDFDict);
      if (kid) visit(kid, depth + 1);
    }
  };
  if (tree) visit(tree, 0);
  return found;
}

/** The credential a certificate from the hub carries, or null when the PDF carries none. */
export async function credentialInPdf(bytes: Uint8Array): Promise<string | null> {
  const files = await pdfAttachments(bytes);
  const file = files.find((candidate) => candidate.name === CREDENTIAL_ATTACHMENT) ?? files.find((candidate) => /\.(jwt|json)$/i.test(candidate.name));
  return file ? new TextDecoder().decode(file.bytes).trim() : null;
}
