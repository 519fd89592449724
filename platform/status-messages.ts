/**
 * The two-bit "message" status list of W3C Bitstring Status List v1.0, as the hub publishes it at
 * `/status-lists/<id>`: what each value means. Declared once: the awards subgraph writes the list and its
 * entries, and the verifier reads an entry that names only its list and index (the one status URI a European
 * Digital Credential carries) with it.
 */
export const TWO_BIT_STATUS_SIZE = 2;
export const TWO_BIT_STATUS_MESSAGES: readonly { status: string; message: string }[] = [
  { status: '0x0', message: 'valid' },
  { status: '0x1', message: 'suspended' },
  { status: '0x2', message: 'revoked' },
];
