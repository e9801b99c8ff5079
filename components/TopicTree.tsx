/** A list's topics as nested sections, each with its items. */
import type { ListView } from '../lib/store/shelf';
import { formatAuthors, identifierOf } from './ItemCard';

export function TopicTree({ view }: { view: ListView }) {
  const filled = view.topics.filter(({ topic, items }) => topic.path !== '' || items.length > 0);
  if (filled.length === 0) return <p class="muted">Nothing saved in this list yet.</p>;
  return (
    <div class="topic-tree">
      {filled.map(({ topic, items }) => {
        const depth = topic.path ? topic.path.split(' / ').length : 0;
        return (
          <section key={topic.id} class="topic" style={{ marginInlineStart: `${depth * 16}px` }}>
            <h3 class="topic-title">{topic.path || view.list.name}</h3>
            {items.length > 0 && (
              <ul class="topic-items">
                {items.map((item) => (
                  <li key={item.key}>
                    <a href={item.url} target="_blank" rel="noreferrer noopener">
                      {item.title}
                    </a>{' '}
                    <span class="muted">
                      {identifierOf(item)}
                      {item.authors?.length ? ` · ${formatAuthors(item.authors, 3)}` : ''}
                    </span>
                    {item.note && <div class="item-note">{item.note}</div>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
