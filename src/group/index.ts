export { createBasicSigner as createSigner } from './basic-signer.js';
export { createTemplateMiner, type TemplateMiner } from './template-miner.js';
export { GroupAccumulator } from './accumulate.js';
export { reassemble } from './reassemble.js';
