export { type Bi, type Lang, pick } from './core';
export { periodText } from './period';
export { ui } from './ui';
