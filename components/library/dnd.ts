/**
 * Drag and drop between the item list and the topic tree. The data types are our own, so a
 * link or text dragged in from a web page is never taken for an item or a topic.
 */
export const ITEM_TYPE = 'application/x-paper-shelf-items';
export const TOPIC_TYPE = 'application/x-paper-shelf-topic';

export function carries(event: DragEvent, type: string): boolean {
  return Boolean(event.dataTransfer?.types.includes(type));
}
