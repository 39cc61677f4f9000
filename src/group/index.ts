export { createSigner, type PreviousGroup, type SignerOptions } from './signer.js';
export { finalizeGroups } from './finalize.js';
export { GroupAccumulator } from './accumulate.js';
export { reassemble } from './reassemble.js';
export { fingerprintVersion, SIGNER_VERSION } from './fingerprint.js';
