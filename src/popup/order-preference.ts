/** The popup remembers the reader's chosen order (newest or oldest first) in storage.local, per device. */
import type { PostOrder } from './order-posts';

const ORDER_KEY = 'postOrder';

export interface OrderStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadOrder(storage: OrderStorage): Promise<PostOrder> {
  try {
    const stored = (await storage.get(ORDER_KEY))[ORDER_KEY];
    return stored === 'oldest' ? 'oldest' : 'newest';
  } catch {
    return 'newest';
  }
}

export async function saveOrder(storage: OrderStorage, order: PostOrder): Promise<void> {
  await storage.set({ [ORDER_KEY]: order });
}
