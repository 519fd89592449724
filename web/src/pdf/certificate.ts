import { AFRelationship, PDFDocument, PDFFont, rgb, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import { CREDENTIAL_ATTACHMENT } from './attachment';

export interface CertificateFacts {
  language: 'sv' | 'en';
  title: string;
  learnerName: string;
  issuerName: string;
  issuedOn: string;
  seqfLevel: number | null;
  learningOutcomes: string[];
  skills: string[];
  validUntil: string | null;
  /** Where the QR code leads: a page that verifies this credential live. */
  verifyUrl: string;
  /** The signed credential (vc+jwt), embedded so the PDF alone can be verified. */
  credentialJwt: string;
}

const WORDS = {
  sv: {
    heading: 'Intyg om mikromerit',
    holder: 'Innehavare',
    issuer: 'Utfärdare',
    issued: 'Utfärdad',
    validUntil: 'Giltig till',
    level: 'Nivå',
    outcomes: 'Läranderesultat',
    skills: 'Färdigheter (ESCO)',
    verify: 'Kontrollera intyget: skanna QR-koden, eller öppna navets verifieringssida och välj denna PDF-fil (den innehåller den signerade mikromeriten).',
  },
  en: {
    heading: 'Certificate of a micro-credential',
    holder: 'Holder',
    issuer: 'Issuer',
    issued: 'Issued',
    validUntil: 'Valid until',
    level: 'Level',
    outcomes: 'Learning outcomes',
    skills: 'Skills (ESCO)',
    verify: "Check this certificate: scan the QR code, or open the hub's verify page and choose this PDF file (it holds the signed micro-credential).",
  },
};

/** Only what the PDF's standard font can draw (WinAnsi: Swedish letters included); anything else becomes '?'. */
function drawable(font: PDFFont, text: string): string {
  return [...text.normalize('NFC')].map((character) => {
    try {
      font.encodeText(character);
      return character;
    } catch {
      return '?';
    }
  }).join('');
}

function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of drawable(font, text).split(/\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The award as a PDF certificate (pdf-lib): readable on paper, a QR code (qrcode) to the verify link, and the
 * credential itself as an attached file, which the verify page reads back.
 */
export async function certificatePdf(facts: CertificateFacts): Promise<Uint8Array> {
  const words = WORDS[facts.language];
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${words.heading}: ${facts.title}`);
  pdf.setAuthor(facts.issuerName);
  pdf.setSubject(facts.learnerName);
  pdf.setLanguage(facts.language === 'en' ? 'en-GB' : 'sv-SE');
  pdf.setCreator('Mikromeriter hub');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 56;
  const width = 595.28 - 2 * margin;
  let page = pdf.addPage([595.28, 841.89]);
  let y = 841.89 - margin;
  const ink = rgb(0.1, 0.1, 0.1);
  const ensure = (height: number) => {
    if (y - height < margin) {
      page = pdf.addPage([595.28, 841.89]);
      y = 841.89 - margin;
    }
  };
  const text = (value: string, size: number, font = regular, gap = 4) => {
    for (const line of wrap(font, size, value, width)) {
      ensure(size + gap);
      y -= size;
      page.drawText(line, { x: margin, y, size, font, color: ink });
      y -= gap;
    }
  };

  text(words.heading.toUpperCase(), 11, bold, 14);
  text(facts.title, 22, bold, 10);
  y -= 6;
  const facts2: [string, string][] = [
    [words.holder, facts.learnerName],
    [words.issuer, facts.issuerName],
    [words.issued, facts.issuedOn],
    ...(facts.seqfLevel ? ([[words.level, `SeQF ${facts.seqfLevel} / EQF ${facts.seqfLevel}`]] as [string, string][]) : []),
    ...(facts.validUntil ? ([[words.validUntil, facts.validUntil]] as [string, string][]) : []),
  ];
  for (const [label, value] of facts2) {
    ensure(18);
    y -= 12;
    page.drawText(drawable(bold, label), { x: margin, y, size: 11, font: bold, color: ink });
    page.drawText(drawable(regular, value), { x: margin + 110, y, size: 11, font: regular, color: ink });
    y -= 6;
  }
  y -= 10;
  if (facts.learningOutcomes.length) {
    text(words.outcomes, 13, bold, 6);
    for (const outcome of facts.learningOutcomes) text(`• ${outcome}`, 10.5);
    y -= 8;
  }
  if (facts.skills.length) {
    text(words.skills, 13, bold, 6);
    text(facts.skills.join(' · '), 10.5);
    y -= 8;
  }

  const qr = await QRCode.toDataURL(facts.verifyUrl, { errorCorrectionLevel: 'M', margin: 2, scale: 4 });
  const image = await pdf.embedPng(qr);
  const size = 128;
  ensure(size + 40);
  y -= size;
  page.drawImage(image, { x: margin, y, width: size, height: size });
  const note = wrap(regular, 9.5, words.verify, width - size - 16);
  note.forEach((line, index) => page.drawText(line, { x: margin + size + 16, y: y + size - 12 - index * 13, size: 9.5, font: regular, color: ink }));
  page.drawText(drawable(regular, facts.verifyUrl.length > 90 ? `${facts.verifyUrl.slice(0, 90)}…` : facts.verifyUrl), { x: margin + size + 16, y: y + 4, size: 7.5, font: regular, color: ink });

  await pdf.attach(new TextEncoder().encode(facts.credentialJwt), CREDENTIAL_ATTACHMENT, {
    mimeType: 'application/vc+jwt',
    description: `${facts.title} (vc+jwt)`,
    afRelationship: AFRelationship.Source,
  });
  return pdf.save();
}
