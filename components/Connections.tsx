/**
 * Records in the collection linked to the captured work: its code, the papers it cites,
 * the models citing it. Saving both ends of a link is what connects them.
 */
import type { Item } from '../lib/types';
import { identifierOf } from './ItemCard';

const KIND_NAMES: Record<Item['kind'], string> = {
  paper: 'Paper',
  repo: 'Code',
  model: 'Model',
  dataset: 'Dataset',
  space: 'Space',
  page: 'Page',
};

export function Connections({ items }: { items: Item[] }) {
  if (items.length === 0) return null;
  return (
    <section class="connections" aria-label="Connected in your collection">
      <p class="muted">Connected in your collection:</p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span class="badge">{KIND_NAMES[item.kind]}</span> {item.title}{' '}
            <span class="muted">({identifierOf(item)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
