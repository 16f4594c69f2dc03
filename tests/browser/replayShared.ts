// What the replay check page and its test agree on.
export const CROSS_SEED = 'node-vs-chromium';
