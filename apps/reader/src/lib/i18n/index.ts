export { type Bi, type Lang, pick } from './core';
export { formatDate, formatPeriod } from './format';
export {
  comparisonLabels,
  entityTypeLabels,
  eventKindLabels,
  labelOf,
  noteKindLabels,
  qualifierLabels,
  statusLabels,
  topicLabels,
} from './labels';
export { ui } from './ui';
