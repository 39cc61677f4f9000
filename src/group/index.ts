export { createSigner, type SignerOptions } from './signer.js';
export { createTemplateMiner, type TemplateMiner } from './template-miner.js';
export { GroupAccumulator } from './accumulate.js';
export { reassemble } from './reassemble.js';
export { fingerprintVersion, SIGNER_VERSION } from './fingerprint.js';
