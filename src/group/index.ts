export { createSigner, type PreviousGroup } from './signer.js';
export { finalizeGroups } from './finalize.js';
export { GroupAccumulator } from './accumulate.js';
export { Reassembler } from './reassemble.js';
