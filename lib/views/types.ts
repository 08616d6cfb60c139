// What the UI receives about views: plain, serializable shapes.

export type ViewWindow = 'day' | 'week' | 'month' | 'all';

export type MostViewedItem = { id: number; slug: string; title: string; views: number };

/** A ranked list and the window it actually covers (a longer one when the asked one was empty). */
export type RankedList = { window: ViewWindow; items: MostViewedItem[] };

/** The sidebar's two tabs. */
export type MostViewedTabs = { day: RankedList; week: RankedList };
